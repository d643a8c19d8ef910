// Every ```js block in docs/guides/*.md is run as a module, so the guides cannot rot. A block runs as if
// it were in a folder beside examples/node-script, where @samverkan/core resolves as it does for a user;
// a block whose first line is `// not run` (a shell line, say) is skipped. The blocks are written to a
// temporary folder that mirrors that layout with links, so the test writes nothing into the repository.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const root = new URL('..', import.meta.url).pathname;
const temp = mkdtempSync(join(tmpdir(), 'doc-snippets-'));
after(() => rmSync(temp, { recursive: true, force: true }));
// temp/node-script/node_modules → the example's packages; temp/other-kommun → the example a guide reads.
mkdirSync(join(temp, 'node-script', '.snippets'), { recursive: true });
symlinkSync(`${root}examples/node-script/node_modules`, join(temp, 'node-script', 'node_modules'), 'dir');
symlinkSync(`${root}examples/other-kommun`, join(temp, 'other-kommun'), 'dir');
const work = join(temp, 'node-script', '.snippets/');

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
