// The editor's size budget (gzip), measured with size-limit on what its first load fetches: the bundle
// and the chunks it imports statically (read from the build's metafile). A staff page, not a public one:
// it may be larger than the elements, but must load in under a second on a laptop — at 10 Mbit/s,
// 1 s is about 1.2 MB, so the budget below keeps well inside that with room for a slower line.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { closure as closureOf } from '../../../scripts/bundle-closure.mjs';

const root = new URL('..', import.meta.url).pathname;
const outputs = JSON.parse(readFileSync(`${root}.cdn-meta.json`, 'utf8')).outputs;

const closure = (file) => closureOf(outputs, file);

const all = Object.keys(outputs).filter((f) => f.endsWith('.js'));
const limits = [
  // Measured 168 KB: Lit, core's schemas (with their Swedish and English field descriptions), rules and
  // the issue words of all five built-in languages, the editor's Swedish and English words, and the two
  // elements of the preview. 182 KB (180 before, measured 180.01): the validation's typed-array tables of
  // ids and names for agreements with thousands of organisations, and the random seed of their hash that
  // keeps made-up ids from all landing in one slot (issue 17).
  { name: 'cdn/agreement-editor.js (first load)', path: closure('cdn/agreement-editor.js'), limit: '182 KB' },
  { name: 'every file in cdn/, the Malmö preset and the language packs of the preview included', path: all, limit: '240 KB' },
];
writeFileSync(`${root}.size-limit.json`, JSON.stringify(limits.map((l) => ({ ...l, gzip: true })), null, 2));
execFileSync('size-limit', process.argv.slice(2), { cwd: root, stdio: 'inherit' });
