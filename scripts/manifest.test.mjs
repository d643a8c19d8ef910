// The custom elements manifest is what editors, Storybook and the elements reference read: it must list
// each tag's public attributes (inherited ones included), its named events and its parts, and no state.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const manifest = JSON.parse(readFileSync(new URL('../packages/elements/custom-elements.json', import.meta.url), 'utf8'));
const tags = Object.fromEntries(manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, d])));

test('every tag is in the manifest, with its registration', () => {
  const all = ['samverkan-area-list', 'samverkan-match-form', 'samverkan-principles'];
  assert.deepEqual(Object.keys(tags).sort(), all);
  const defined = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name));
  assert.deepEqual(defined.sort(), all);
});

test('the form documents its attributes and events, and none of its internal state', () => {
  const form = tags['samverkan-match-form'];
  const attributes = form.attributes.map((a) => a.name).sort();
  assert.deepEqual(attributes, ['action', 'candidates-src', 'heading', 'heading-level', 'ignore-area-select', 'min-fill-seconds', 'privacy-href', 'src', 'timeout']);
  for (const a of form.attributes) assert.ok(a.description, `${a.name} has no description`);
  assert.deepEqual(form.events.map((e) => e.name).sort(), ['samverkan-load-error', 'samverkan-submit', 'samverkan-submitted']);
  for (const part of ['error-summary', 'field', 'field-error', 'submit-button', 'success', 'failure', 'matches']) {
    assert.ok(form.cssParts.some((p) => p.name === part), part);
  }
  const fields = (form.members ?? []).map((m) => m.name);
  for (const internal of ['form', 'errors', 'phase', 'summary', 'proposals', 'pending']) assert.ok(!fields.includes(internal), internal);
});

test('the area list documents its attributes, inherited ones included, and no internal state', () => {
  const attributes = tags['samverkan-area-list'].attributes.map((a) => a.name).sort();
  assert.deepEqual(attributes, ['heading', 'heading-level', 'layout', 'selected-area', 'src', 'timeout']);
  for (const a of tags['samverkan-area-list'].attributes) assert.ok(a.description, `${a.name} has no description`);
});

test('events are named, and parts, custom properties and states are listed', () => {
  const list = tags['samverkan-area-list'];
  assert.deepEqual(list.events.map((e) => e.name).sort(), ['samverkan-area-select', 'samverkan-load-error']);
  for (const part of ['base', 'heading', 'item', 'label', 'error-message', 'select-button', 'filters']) {
    assert.ok(list.cssParts.some((p) => p.name === part), part);
  }
  assert.ok(list.cssProperties.some((p) => p.name === '--samverkan-color-text'));
  assert.deepEqual(list.cssStates.map((s) => s.name).sort(), ['error', 'loading']);
  assert.deepEqual(tags['samverkan-principles'].events.map((e) => e.name), ['samverkan-load-error']);
});

// The theming contract: every part an element renders and every custom property its styles read is
// documented on it, so a page can reach each control by a name the reference lists.
const src = new URL('../packages/elements/src/', import.meta.url);
const read = (path) => readFileSync(new URL(path, src), 'utf8');
const SOURCES = {
  'samverkan-area-list': ['components/area-list/area-list.ts', 'components/area-list/area-list.styles.ts'],
  'samverkan-principles': ['components/principles/principles.ts', 'components/principles/principles.styles.ts'],
  'samverkan-match-form': ['components/match-form/match-form.ts', 'components/match-form/match-form.styles.ts'],
};
const SHARED = ['internal/agreement-element.ts', 'internal/shared.styles.ts'];

for (const [tag, files] of Object.entries(SOURCES)) {
  test(`${tag} documents every part it renders and every custom property it reads`, () => {
    const text = [...files, ...SHARED].map(read).join('\n');
    const rendered = new Set([...text.matchAll(/part(?:=| *: *)["']([a-z -]+)["']/g)].flatMap((m) => m[1].split(/\s+/)));
    const parts = new Set(tags[tag].cssParts.map((p) => p.name));
    assert.deepEqual([...rendered].filter((p) => !parts.has(p)), []);
    const used = new Set([...text.matchAll(/var\((--samverkan-[a-z-]+)/g)].map((m) => m[1]));
    const documented = new Set(tags[tag].cssProperties.map((p) => p.name));
    // The principles have no controls but the retry button: the control tokens are the list's and the form's.
    const ignored = tag === 'samverkan-principles' ? /input|button|link|success/ : /^$/;
    assert.deepEqual([...used].filter((p) => !documented.has(p) && !ignored.test(p)), []);
  });
}

// Where editors and tools look: the manifest points at files the package ships, and the editor data made
// from it (VS Code custom data, JetBrains web-types) names every tag and attribute the manifest does.
const elements = new URL('../packages/elements/', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', elements), 'utf8'));
const shippedBy = (path) => pkg.files.some((f) => path === f || path.startsWith(`${f}/`));

test('the manifest points only at files that are built and shipped', () => {
  const paths = new Set();
  for (const mod of manifest.modules) {
    paths.add(mod.path);
    for (const e of mod.exports ?? []) if (e.declaration?.module) paths.add(e.declaration.module);
    for (const d of mod.declarations ?? []) if (d.superclass?.module) paths.add(d.superclass.module);
  }
  for (const path of paths) {
    assert.ok(shippedBy(path), `${path} is not in package.json "files"`);
    assert.ok(existsSync(new URL(path, elements)), `${path} was not built`);
  }
});

test('VS Code custom data and web-types list every tag and attribute of the manifest, and ship', () => {
  const vscode = JSON.parse(readFileSync(new URL('vscode.html-custom-data.json', elements), 'utf8'));
  const webTypes = JSON.parse(readFileSync(new URL(pkg['web-types'], elements), 'utf8'));
  for (const [tag, el] of Object.entries(tags)) {
    const names = el.attributes.map((a) => a.name).sort();
    const code = vscode.tags.find((t) => t.name === tag);
    assert.deepEqual(code.attributes.map((a) => a.name).filter((n) => n !== 'lang').sort(), names, tag);
    const jb = webTypes.contributions.html.elements.find((e) => e.name === tag);
    assert.deepEqual(jb.attributes.map((a) => a.name).sort(), names, tag);
    assert.deepEqual(jb.events.map((e) => e.name).sort(), el.events.map((e) => e.name).sort(), tag);
  }
  assert.deepEqual(vscode.tags.find((t) => t.name === 'samverkan-area-list').attributes.find((a) => a.name === 'layout').values, [{ name: 'cards' }, { name: 'list' }]);
  assert.equal(webTypes.name, '@samverkan/elements');
  for (const file of ['vscode.html-custom-data.json', 'web-types.json', 'custom-elements.json']) assert.ok(shippedBy(file), file);
});

test('the guides print the Subresource Integrity of the built CDN files, and a versioned address', () => {
  const files = ['samverkan.js', 'area-list.js', 'principles.js', 'match-form.js', 'samverkan.css'];
  const hash = (f) => `sha384-${createHash('sha384').update(readFileSync(new URL(`cdn/${f}`, elements))).digest('base64')}`;
  const listed = JSON.parse(readFileSync(new URL('cdn/integrity.json', elements), 'utf8'));
  assert.equal(listed.version, pkg.version);
  for (const guide of ['webmaster.md', 'webbredaktor.md']) {
    const text = readFileSync(new URL(`../docs/guides/${guide}`, import.meta.url), 'utf8');
    for (const f of files) {
      assert.ok(text.includes(`| \`cdn/${f}\` | \`${hash(f)}\` |`), `${guide}: ${f}`);
      assert.equal(listed.files[f], hash(f), f);
    }
    assert.ok(text.includes(`/@samverkan/elements@${pkg.version}/cdn/samverkan.js" integrity="${hash('samverkan.js')}" crossorigin="anonymous"`), guide);
  }
  assert.equal(pkg.unpkg, './cdn/samverkan.js');
  assert.equal(pkg.jsdelivr, './cdn/samverkan.js');
});

test('the docs never say a bare npx samverkan, which would run whatever package owns that name', () => {
  const docs = new URL('../docs/guides/', import.meta.url);
  for (const f of readdirSync(docs)) assert.ok(!/npx samverkan/.test(readFileSync(new URL(f, docs), 'utf8')), f);
  for (const f of ['../README.md', '../packages/core/README.md', '../packages/elements/README.md']) {
    assert.ok(!/npx samverkan/.test(readFileSync(new URL(f, import.meta.url), 'utf8')), f);
  }
});

test('the JSX typings name every tag and attribute of the manifest', () => {
  const attributes = readFileSync(new URL('jsx/attributes.d.ts', elements), 'utf8');
  for (const [tag, el] of Object.entries(tags)) {
    for (const a of el.attributes) assert.ok(new RegExp(`'?${a.name}'?\\?:`).test(attributes), `${tag} ${a.name}`);
    for (const fw of ['react', 'preact', 'vue', 'svelte']) assert.ok(readFileSync(new URL(`jsx/${fw}.d.ts`, elements), 'utf8').includes(`'${tag}'`), `${fw}: ${tag}`);
  }
});
