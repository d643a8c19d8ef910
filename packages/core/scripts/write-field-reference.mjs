// Writes the field reference of agreement.json (docs/reference/fields.sv.md and fields.md) from the built
// JSON Schema. Run after `pnpm run build`; src/json-schema/field-reference.test.ts fails when the
// committed pages differ from what this writes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fieldReference } from '../dist/index.js';

const folder = new URL('../../../docs/reference/', import.meta.url);
mkdirSync(folder, { recursive: true });
for (const [locale, file] of [['sv', 'fields.sv.md'], ['en', 'fields.md']]) writeFileSync(new URL(file, folder), fieldReference(locale));
