// Size budgets (gzip), measured with size-limit on the files each budget loads: a bundle and the chunks
// it imports statically (read from the build's metafile). The schema chunk that `src` fetches lazily is
// outside a bundle's first load, and inside "everything".
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const meta = JSON.parse(readFileSync(`${root}.cdn-meta.json`, 'utf8'));
const outputs = meta.outputs;

function closure(file) {
  const seen = new Set([file]);
  const stack = [file];
  while (stack.length) {
    for (const imp of outputs[stack.pop()].imports) {
      if (imp.kind === 'import-statement' && !seen.has(imp.path)) {
        seen.add(imp.path);
        stack.push(imp.path);
      }
    }
  }
  return [...seen];
}

const all = Object.keys(outputs).filter((f) => f.endsWith('.js'));
const limits = [
  { name: 'cdn/area-list.js with the Malmö default (first load)', path: closure('cdn/area-list.js'), limit: '16 KB' },
  { name: 'cdn/principles.js (first load)', path: closure('cdn/principles.js'), limit: '16 KB' },
  { name: 'cdn/samverkan.js, every element (first load)', path: closure('cdn/samverkan.js'), limit: '28 KB' },
  { name: 'all bundles and chunks together, with the src schema', path: all, limit: '28 KB' },
];
writeFileSync(`${root}.size-limit.json`, JSON.stringify(limits.map((l) => ({ ...l, gzip: true })), null, 2));
execFileSync('size-limit', process.argv.slice(2), { cwd: root, stdio: 'inherit' });
