// Writes the JSON Schema of an agreement file into dist/, from the built schemas, so it ships in the
// package: with Swedish descriptions (agreement.schema.json) and with English (agreement.schema.en.json).
import { writeFileSync } from 'node:fs';
import { agreementJsonSchema } from '../dist/index.js';

for (const [locale, file] of [['sv', 'agreement.schema.json'], ['en', 'agreement.schema.en.json']]) {
  writeFileSync(new URL(`../dist/${file}`, import.meta.url), `${JSON.stringify(agreementJsonSchema({ locale }), null, 2)}\n`);
}
