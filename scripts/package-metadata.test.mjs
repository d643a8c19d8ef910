// What a registry page, an IT review and `npm publish --provenance` read from each published package:
// where the source is (the folder within the repository too), where to report a bug, and how it is
// published. The project's home is https://github.com/samverkan/samverkan.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { test } from 'node:test';

const HOME = 'https://github.com/samverkan/samverkan';
const root = new URL('../', import.meta.url);
const json = (url) => JSON.parse(readFileSync(url, 'utf8'));
const published = readdirSync(new URL('packages/', root))
  .map((dir) => ({ dir, manifest: json(new URL(`packages/${dir}/package.json`, root)) }))
  .filter((p) => !p.manifest.private);

test('the three packages are published', () => {
  assert.deepEqual(published.map((p) => p.manifest.name).sort(), ['@samverkan/core', '@samverkan/editor', '@samverkan/elements']);
});

for (const { dir, manifest } of published) {
  test(`${manifest.name}: repository with its folder, homepage, bugs`, () => {
    assert.deepEqual(manifest.repository, { type: 'git', url: `git+${HOME}.git`, directory: `packages/${dir}` });
    assert.ok(statSync(new URL(`${manifest.repository.directory}/package.json`, root)).isFile());
    assert.equal(manifest.homepage, `${HOME}/tree/main/packages/${dir}#readme`);
    assert.deepEqual(manifest.bugs, { url: `${HOME}/issues` });
  });

  test(`${manifest.name}: published publicly with provenance, MIT, with keywords and no funding`, () => {
    assert.deepEqual(manifest.publishConfig, { access: 'public', provenance: true });
    assert.equal(manifest.license, 'MIT');
    assert.ok(Array.isArray(manifest.keywords) && manifest.keywords.length >= 5);
    assert.equal(new Set(manifest.keywords).size, manifest.keywords.length, 'no keyword twice');
    // The project has no funding channel; a `funding` field would point people at nothing.
    assert.equal(manifest.funding, undefined);
  });
}

test('`pnpm release` builds, runs the whole suite, writes the SBOMs, then publishes — in that order', () => {
  const steps = json(new URL('package.json', root)).scripts.release.split(' && ');
  assert.deepEqual(steps, ['pnpm run build', 'node scripts/test.mjs', 'node scripts/sbom.mjs', 'changeset publish']);
});

test('the SBOM folder is git-ignored', () => {
  assert.match(readFileSync(new URL('.gitignore', root), 'utf8'), /^sbom\/$/m);
});
