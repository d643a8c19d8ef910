#!/usr/bin/env node
// Writes a software bill of materials (CycloneDX 1.6, JSON) for each published package into the
// git-ignored folder sbom/ — what a user of the package installs with it: its runtime dependencies,
// transitively, with their versions, licences and the lockfile's SHA-512 hashes, and who depends on whom.
//
//   node scripts/sbom.mjs            # sbom/samverkan-core-<version>.cdx.json, sbom/samverkan-elements-…
//   node scripts/sbom.mjs --out dir  # somewhere else
//
// Why not an existing tool (measured in this workspace, see docs/toolchain.md): @cyclonedx/cyclonedx-npm
// reads `npm ls`, which does not understand pnpm's node_modules (for @samverkan/elements it stops on
// "missing" packages, and with --ignore-npm-errors lists 798 components, the development tools
// included); @cyclonedx/cdxgen lists dev-only tools such as @web/test-runner as required and leaves out
// lit's own dependencies. `pnpm list --prod` knows the workspace, so this script builds the BOM from it.
// The result is checked against the CycloneDX 1.6 JSON schema by scripts/sbom.test.mjs.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;

/**
 * The path of one of the CycloneDX JSON schemas that @cyclonedx/cyclonedx-library ships (Apache-2.0).
 * @example cyclonedxSchema('bom-1.6.SNAPSHOT.schema.json')
 */
export function cyclonedxSchema(file) {
  return join(dirname(require.resolve('@cyclonedx/cyclonedx-library/package.json')), 'res', 'schema', file);
}

/** The SPDX licence identifiers CycloneDX accepts as `license.id` (the schema's own list). */
const SPDX_IDS = new Set(JSON.parse(readFileSync(cyclonedxSchema('spdx.SNAPSHOT.schema.json'), 'utf8')).enum);

/**
 * The package URL (purl) of an npm package: the scope's `@` is percent-encoded.
 * @example purl('@lit/reactive-element', '2.1.2') // 'pkg:npm/%40lit/reactive-element@2.1.2'
 */
export function purl(name, version) {
  return `pkg:npm/${name.replace(/^@/, '%40')}@${version}`;
}

/**
 * A package.json `license` as CycloneDX licences: an SPDX id, an SPDX expression, or a name.
 * @example licenses('MIT') // [{ license: { id: 'MIT' } }]
 */
export function licenses(license) {
  if (typeof license !== 'string' || license.trim() === '') return undefined;
  const text = license.trim();
  if (SPDX_IDS.has(text)) return [{ license: { id: text } }];
  if (/\s(OR|AND|WITH)\s|^\(/.test(text)) return [{ expression: text }];
  return [{ license: { name: text } }];
}

/**
 * A lockfile integrity (`sha512-<base64>`) as a CycloneDX hash (hex), or undefined for another algorithm.
 * @example hashFromIntegrity('sha512-AAAA…') // { alg: 'SHA-512', content: '0000…' }
 */
export function hashFromIntegrity(integrity) {
  const match = /^sha512-([A-Za-z0-9+/=]+)$/.exec(integrity ?? '');
  return match ? { alg: 'SHA-512', content: Buffer.from(match[1], 'base64').toString('hex') } : undefined;
}

/**
 * Builds the BOM of one package from its `pnpm list --json --prod --depth Infinity` tree.
 *
 * `tree` is the listing's entry for the package; `lockPackages` the lockfile's `packages` map (for the
 * hashes); `manifestOf(path)` returns the package.json found at a listed path; `workspace` maps a
 * workspace package's name to its package.json (a `link:` dependency is one of ours, with its version).
 * pnpm lists a package's dependencies once and marks later sightings `deduped`: they are merged by
 * name and version, so every component appears once and keeps its dependencies.
 * @example buildSbom({ manifest, tree, lockPackages, manifestOf, workspace, timestamp, serialNumber })
 */
export function buildSbom({ manifest, tree, lockPackages, manifestOf, workspace, timestamp, serialNumber }) {
  const components = new Map(); // bom-ref → component
  const edges = new Map(); // bom-ref → Set of bom-refs
  const self = purl(manifest.name, manifest.version);
  edges.set(self, new Set());

  const visit = (parentRef, name, node) => {
    const local = node.version?.startsWith('link:') ? workspace[name] : undefined;
    if (node.version?.startsWith('link:') && !local) throw new Error(`${name} is linked (${node.version}) but not a workspace package`);
    const version = local ? local.version : node.version;
    const ref = purl(name, version);
    edges.get(parentRef).add(ref);
    if (!components.has(ref)) {
      const pkg = local ?? manifestOf(node.path);
      const [group, bare] = name.startsWith('@') ? name.split('/') : [undefined, name];
      const hash = hashFromIntegrity(lockPackages[`${name}@${version}`]?.resolution?.integrity);
      components.set(ref, {
        type: 'library',
        'bom-ref': ref,
        ...(group ? { group } : {}),
        name: bare,
        version,
        ...(pkg?.description ? { description: pkg.description } : {}),
        ...(hash ? { hashes: [hash] } : {}),
        ...(licenses(pkg?.license) ? { licenses: licenses(pkg.license) } : {}),
        purl: ref,
        scope: 'required',
      });
      edges.set(ref, new Set());
    }
    for (const [childName, child] of Object.entries(node.dependencies ?? {})) visit(ref, childName, child);
  };
  for (const [name, node] of Object.entries(tree.dependencies ?? {})) visit(self, name, node);

  const [group, bare] = manifest.name.split('/');
  const repository = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
  const externalReferences = [
    repository && { type: 'vcs', url: repository.replace(/^git\+/, '') },
    manifest.homepage && { type: 'website', url: manifest.homepage },
    manifest.bugs?.url && { type: 'issue-tracker', url: manifest.bugs.url },
  ].filter(Boolean);
  const byRef = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber,
    version: 1,
    metadata: {
      timestamp,
      lifecycles: [{ phase: 'build' }],
      tools: { components: [{ type: 'application', name: 'samverkan scripts/sbom.mjs', description: 'pnpm list --prod, the pnpm lockfile' }] },
      component: {
        type: 'library',
        'bom-ref': self,
        group,
        name: bare,
        version: manifest.version,
        description: manifest.description,
        ...(licenses(manifest.license) ? { licenses: licenses(manifest.license) } : {}),
        purl: self,
        ...(externalReferences.length ? { externalReferences } : {}),
      },
    },
    components: [...components.values()].sort((a, b) => byRef(a['bom-ref'], b['bom-ref'])),
    dependencies: [...edges].map(([ref, on]) => ({ ref, dependsOn: [...on].sort(byRef) })).sort((a, b) => byRef(a.ref, b.ref)),
  };
}

/** The workspace's published packages: every non-private package.json under packages/. */
export function publishedPackages(base = root) {
  return readdirSync(join(base, 'packages'))
    .map((dir) => ({ dir: join(base, 'packages', dir), manifest: JSON.parse(readFileSync(join(base, 'packages', dir, 'package.json'), 'utf8')) }))
    .filter((p) => !p.manifest.private);
}

/** The file name of a package's SBOM. @example sbomFileName({ name: '@samverkan/core', version: '0.1.0' }) // 'samverkan-core-0.1.0.cdx.json' */
export function sbomFileName(manifest) {
  return `${manifest.name.replace(/^@/, '').replace('/', '-')}-${manifest.version}.cdx.json`;
}

/** Writes one SBOM per published package into `out`; returns the files written. */
export function writeSboms(out, { timestamp = new Date().toISOString() } = {}) {
  mkdirSync(out, { recursive: true });
  const lockPackages = parseYaml(readFileSync(join(root, 'pnpm-lock.yaml'), 'utf8')).packages ?? {};
  const packages = publishedPackages();
  const workspace = Object.fromEntries(packages.map((p) => [p.manifest.name, p.manifest]));
  const manifestOf = (path) => JSON.parse(readFileSync(join(path, 'package.json'), 'utf8'));
  const files = [];
  for (const { manifest } of packages) {
    const listing = JSON.parse(
      execFileSync('pnpm', ['list', '--json', '--prod', '--depth', 'Infinity', '--filter', manifest.name], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }),
    );
    const tree = listing.find((entry) => entry.name === manifest.name);
    if (!tree) throw new Error(`pnpm list did not list ${manifest.name}`);
    const bom = buildSbom({ manifest, tree, lockPackages, manifestOf, workspace, timestamp, serialNumber: `urn:uuid:${randomUUID()}` });
    const file = join(out, sbomFileName(manifest));
    writeFileSync(file, `${JSON.stringify(bom, null, 2)}\n`);
    files.push(file);
  }
  return files;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const at = process.argv.indexOf('--out');
  const out = resolve(at > -1 ? process.argv[at + 1] : join(root, 'sbom'));
  for (const file of writeSboms(out)) console.log(`SBOM: ${file}`);
}
