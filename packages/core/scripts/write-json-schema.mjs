// Writes the JSON Schema of an agreement file into dist/, from the built schemas, so it ships in the package.
import { writeFileSync } from 'node:fs';
import { agreementJsonSchema } from '../dist/index.js';

writeFileSync(new URL('../dist/agreement.schema.json', import.meta.url), `${JSON.stringify(agreementJsonSchema(), null, 2)}\n`);
