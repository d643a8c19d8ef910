// Writes src/agreement/agreement-parsers.generated.ts: straight-line parsers for the organisations of an
// agreement (see src/_lib/fast-parse.ts and fast-parse-emit.ts). Run after changing their schemas:
// `pnpm --filter @samverkan/core run parsers`; a test fails while the file is not what this writes.
import { writeFileSync } from 'node:fs';
import { emitParsers } from '../src/_lib/fast-parse-emit.js';
import { Agreement } from '../src/agreement/agreement.js';

// The list that runs to thousands of items in a kommun's file. (Each list more costs the editor's
// bundle about half a kilobyte gzip, over its budget: the grants, joinings and collaborations are read
// by the closures.)
const PATHS = [['organisations']];

const file = new URL('../src/agreement/agreement-parsers.generated.ts', import.meta.url);
writeFileSync(file, emitParsers(Agreement, PATHS, 'AGREEMENT_PARSERS', 'the Agreement schema'));
console.log(`Wrote ${file.pathname}`);
