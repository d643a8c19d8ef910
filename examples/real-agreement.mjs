// What the real agreements' tests (goteborg, uppsala, vastra-gotaland) share: the example's own
// agreement.json, and the samverkan CLI run on it from the example's folder.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../packages/core/bin/samverkan.js', import.meta.url));

/**
 * The agreement beside a test file, and a function that runs `samverkan …args` in that folder and fails
 * the test on a non-zero exit.
 *
 * @param {string} testUrl the test file's `import.meta.url`
 */
export function realAgreement(testUrl) {
  const dir = fileURLToPath(new URL('.', testUrl));
  const agreement = JSON.parse(readFileSync(new URL('./agreement.json', testUrl), 'utf8'));
  /** @param {...string} args */
  const samverkan = (...args) => {
    const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 0, `samverkan ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    return r.stdout;
  };
  return { agreement, samverkan };
}

/**
 * Every source the agreement cites by id is in its `sources` list (more than ten citations), and every
 * listed web page has the day it was read.
 *
 * @param {{ sources: { id: string, read?: string }[] }} agreement
 */
export function assertSourcesCited(agreement) {
  const ids = new Set(agreement.sources.map((s) => s.id));
  const cited = [...JSON.stringify(agreement).matchAll(/"source":\s*"([^"]+)"/g)].map((m) => m[1]);
  assert.ok(cited.length > 10);
  for (const id of cited) assert.ok(ids.has(id), `unknown source ${id}`);
  for (const s of agreement.sources) assert.match(s.read ?? '', /^\d{4}-\d{2}-\d{2}$/, s.id);
}
