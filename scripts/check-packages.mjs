#!/usr/bin/env node
// Packs each published package as npm would and checks the tarball: publint --strict, "are the types
// wrong" (ESM-only packages: the node10 and require() resolutions are not offered), and that it holds
// what a user needs and nothing else — no sources, tests, source maps or build metadata.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'samverkan-pack-'));
const FORBIDDEN = [/^package\/src\//, /\.test\./, /\.map$/, /meta\.json$/, /^package\/test\//, /tsconfig/];
const REQUIRED = {
  core: ['package/dist/index.js', 'package/dist/index.d.ts', 'package/dist/light.js', 'package/dist/agreement.schema.json', 'package/dist/agreement.schema.en.json', 'package/bin/samverkan.js', 'package/README.md', 'package/LICENSE', 'package/CHANGELOG.md'],
  editor: ['package/cdn/agreement-editor.js', 'package/dist/index.js', 'package/dist/index.d.ts', 'package/dist/define/agreement-editor.js', 'package/README.md', 'package/LICENSE', 'package/CHANGELOG.md'],
  elements: ['package/cdn/samverkan.js', 'package/cdn/samverkan.css', 'package/cdn/integrity.json', 'package/jsx/react.d.ts', 'package/jsx/preact.d.ts', 'package/jsx/vue.d.ts', 'package/jsx/svelte.d.ts', 'package/jsx/attributes.d.ts', 'package/cdn/area-list.js', 'package/cdn/match-form.js', 'package/dist/index.d.ts', 'package/custom-elements.json', 'package/vscode.html-custom-data.json', 'package/web-types.json', 'package/README.md', 'package/LICENSE', 'package/CHANGELOG.md'],
};
let failed = 0;

for (const name of ['core', 'elements', 'editor']) {
  const dir = join(root, 'packages', name);
  execFileSync('pnpm', ['pack', '--pack-destination', out], { cwd: dir, stdio: 'ignore' });
  const tarball = join(out, readdirSync(out).find((f) => f.startsWith(`samverkan-${name}-`)));
  const files = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).trim().split('\n');
  const extra = files.filter((f) => FORBIDDEN.some((re) => re.test(f)));
  const missing = REQUIRED[name].filter((f) => !files.includes(f));
  console.log(`\n@samverkan/${name}: ${files.length} files`);
  if (extra.length || missing.length) {
    failed++;
    console.error(`  should not be published: ${extra.join(', ') || '—'}\n  missing: ${missing.join(', ') || '—'}`);
  }
  for (const [tool, args] of [
    ['publint', [tarball, '--strict']],
    ['attw', [tarball, '--profile', 'esm-only', '--format', 'table-flipped']],
  ]) {
    const r = spawnSync('pnpm', ['exec', tool, ...args], { cwd: root, encoding: 'utf8' });
    process.stdout.write(r.stdout.split('\n').map((l) => `  ${l}`).join('\n'));
    if (r.status !== 0) {
      failed++;
      process.stderr.write(r.stderr);
    }
  }
}
process.exitCode = failed ? 1 : 0;
