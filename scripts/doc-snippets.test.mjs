// Every ```js block in docs/guides/*.md is run as a module, so the guides cannot rot. A block runs in
// examples/node-script, where @samverkan/core resolves as it does for a user; a block whose first line is
// `// not run` (a shell line, say) is skipped.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';

const root = new URL('..', import.meta.url).pathname;
const work = `${root}examples/node-script/.snippets/`;
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

const guides = readdirSync(`${root}docs/guides`).filter((f) => f.endsWith('.md'));
let count = 0;
for (const guide of guides) {
  const text = readFileSync(`${root}docs/guides/${guide}`, 'utf8');
  const blocks = [...text.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]);
  blocks.forEach((code, i) => {
    if (code.startsWith('// not run')) return;
    count++;
    test(`${guide}, snippet ${i + 1} runs`, () => {
      const file = `${work}${guide.replace(/\W/g, '-')}-${i + 1}.mjs`;
      writeFileSync(file, code);
      execFileSync('node', [file], { cwd: work, stdio: 'pipe' });
    });
  });
}

test('the guides have snippets to run', () => {
  assert.ok(count >= 6, `only ${count} snippets found`);
});
