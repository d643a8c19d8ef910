// The SBOMs that `pnpm release` attaches to a release: valid CycloneDX 1.6 (checked against the JSON
// schema @cyclonedx/cyclonedx-library ships), listing exactly what a user installs with each package.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse as parseYaml } from 'yaml';
import { buildSbom, cyclonedxSchema, hashFromIntegrity, licenses, purl, sbomFileName, writeSboms } from './sbom.mjs';

const json = (path) => JSON.parse(readFileSync(path, 'utf8'));
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
// ajv-formats has no IRI formats (JSON Schema draft 7 adds them): an IRI reference is what WHATWG URL
// parses against a base, Unicode included; an IDN e-mail has one @ between non-empty parts.
ajv.addFormat('iri-reference', (value) => URL.canParse(value, 'https://base.invalid/'));
ajv.addFormat('idn-email', /^[^\s@]+@[^\s@]+$/u);
// The BOM schema refers to its companions by their file names in the library's folder.
for (const file of ['spdx.SNAPSHOT.schema.json', 'jsf-0.82.SNAPSHOT.schema.json']) {
  ajv.addSchema({ ...json(cyclonedxSchema(file)), $id: `http://cyclonedx.org/schema/${file}` });
}
const validateBom = ajv.compile(json(cyclonedxSchema('bom-1.6.SNAPSHOT.schema.json')));

const out = mkdtempSync(join(tmpdir(), 'samverkan-sbom-'));
after(() => rmSync(out, { recursive: true, force: true }));
const files = writeSboms(out, { timestamp: '2026-12-01T12:00:00.000Z' });
const bomOf = (name) => json(join(out, sbomFileName({ name, version: json(new URL(`../packages/${name.split('/')[1]}/package.json`, import.meta.url)).version })));
const names = (bom) => bom.components.map((c) => (c.group ? `${c.group}/${c.name}` : c.name)).sort();
const lock = parseYaml(readFileSync(new URL('../pnpm-lock.yaml', import.meta.url), 'utf8'));

test('one SBOM per published package, each valid CycloneDX 1.6', () => {
  assert.equal(files.length, 3);
  for (const file of files) {
    const bom = json(file);
    assert.ok(validateBom(bom), `${file}: ${ajv.errorsText(validateBom.errors)}`);
    assert.equal(bom.specVersion, '1.6');
    assert.match(bom.serialNumber, /^urn:uuid:[0-9a-f-]{36}$/);
  }
});

test('the schema check can fail: a component without a name, a wrong hash algorithm', () => {
  const bom = json(files[0]);
  delete bom.components[0].name;
  assert.equal(validateBom(bom), false);
  const other = json(files[0]);
  other.components[0].hashes = [{ alg: 'sha512', content: 'x' }];
  assert.equal(validateBom(other), false);
});

test('core lists its runtime dependencies and nothing of the development tools', () => {
  const bom = bomOf('@samverkan/core');
  const { version } = json(new URL('../packages/core/package.json', import.meta.url));
  assert.equal(bom.metadata.component.purl, `pkg:npm/%40samverkan/core@${version}`);
  assert.deepEqual(names(bom), ['date-fns', 'zod']);
});

test('elements lists lit with its own dependencies and core with its, and no test runner', () => {
  const bom = bomOf('@samverkan/elements');
  const listed = names(bom);
  for (const name of ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@samverkan/core', 'zod', 'date-fns']) assert.ok(listed.includes(name), name);
  for (const dev of ['@web/test-runner', 'vitest', 'tsup', 'typescript', 'esbuild', 'axe-core']) assert.ok(!listed.includes(dev), dev);
  // Every edge points at a listed component, and lit depends on lit-html.
  const refs = new Set([bom.metadata.component['bom-ref'], ...bom.components.map((c) => c['bom-ref'])]);
  for (const d of bom.dependencies) for (const on of d.dependsOn) assert.ok(refs.has(on), `${d.ref} → ${on}`);
  const lit = bom.components.find((c) => c.name === 'lit');
  assert.ok(bom.dependencies.find((d) => d.ref === lit['bom-ref']).dependsOn.some((r) => r.startsWith('pkg:npm/lit-html@')));
});

test('each registry package carries the lockfile’s SHA-512 and its declared licence', () => {
  const bom = bomOf('@samverkan/elements');
  for (const c of bom.components.filter((c) => c.group !== '@samverkan')) {
    const key = `${c.group ? `${c.group}/` : ''}${c.name}@${c.version}`;
    assert.deepEqual(c.hashes, [hashFromIntegrity(lock.packages[key].resolution.integrity)], key);
    assert.ok(c.licenses?.length, `${key} has a licence`);
  }
});

test('helpers: purl, licences, integrity', () => {
  assert.equal(purl('@lit/reactive-element', '2.1.2'), 'pkg:npm/%40lit/reactive-element@2.1.2');
  assert.deepEqual(licenses('MIT'), [{ license: { id: 'MIT' } }]);
  assert.deepEqual(licenses('(MIT OR Apache-2.0)'), [{ expression: '(MIT OR Apache-2.0)' }]);
  assert.deepEqual(licenses('SEE LICENSE IN LICENSE.txt'), [{ license: { name: 'SEE LICENSE IN LICENSE.txt' } }]);
  assert.equal(licenses(undefined), undefined);
  assert.deepEqual(hashFromIntegrity(`sha512-${Buffer.from('abc').toString('base64')}`), { alg: 'SHA-512', content: '616263' });
  assert.equal(hashFromIntegrity('sha1-abc='), undefined);
});

test('a package pnpm lists as deduped keeps the dependencies listed at its first full sighting', () => {
  const leaf = { version: '1.0.0', path: '/leaf' };
  const tree = {
    dependencies: {
      a: { version: '1.0.0', path: '/a', dependencies: { shared: { version: '2.0.0', path: '/s', deduped: true } } },
      b: { version: '1.0.0', path: '/b', dependencies: { shared: { version: '2.0.0', path: '/s', dependencies: { leaf } } } },
    },
  };
  const bom = buildSbom({
    manifest: { name: '@x/y', version: '0.0.1', license: 'MIT' },
    tree,
    lockPackages: {},
    manifestOf: () => ({ license: 'ISC' }),
    workspace: {},
    timestamp: '2026-01-01T00:00:00Z',
    serialNumber: 'urn:uuid:00000000-0000-4000-8000-000000000000',
  });
  assert.deepEqual(names(bom), ['a', 'b', 'leaf', 'shared']);
  assert.deepEqual(bom.dependencies.find((d) => d.ref === 'pkg:npm/shared@2.0.0').dependsOn, ['pkg:npm/leaf@1.0.0']);
  assert.ok(validateBom(bom), ajv.errorsText(validateBom.errors));
  assert.throws(() => buildSbom({ manifest: { name: 'z', version: '1.0.0' }, tree: { dependencies: { q: { version: 'link:../q' } } }, lockPackages: {}, manifestOf: () => ({}), workspace: {}, timestamp: 't', serialNumber: 's' }), /not a workspace package/);
});
