// publiccode.yml, the file a public-sector catalogue reads. Checked against SchemaStore's JSON Schema for
// the standard's version 0.5 (scripts/schemas/publiccode.json) and against the rules of the standard
// that the schema does not express. Each rule cites the standard: "publiccode.yml, The Standard (core)",
// docs/standard/schema.core.rst in https://github.com/publiccodeyml/publiccode.yml (the same text from
// 0.5 to 0.7).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse as parseYaml } from 'yaml';

const root = new URL('../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const code = parseYaml(read('publiccode.yml'));
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const schema = JSON.parse(read('scripts/schemas/publiccode.json'));
const validate = ajv.compile(schema);

test('publiccode.yml is valid against the publiccode.yml 0.5 JSON Schema', () => {
  assert.ok(validate(code), ajv.errorsText(validate.errors));
  assert.ok(schema.properties.publiccodeYmlVersion.enum.includes(code.publiccodeYmlVersion));
});

test('the schema check can fail: a missing mandatory key, a status the standard does not know', () => {
  const { legal, ...withoutLegal } = code;
  assert.ok(legal);
  assert.equal(validate(withoutLegal), false);
  assert.equal(validate({ ...code, developmentStatus: 'alpha' }), false);
  assert.equal(validate({ ...code, description: { sv: { ...code.description.sv, shortDescription: 'x'.repeat(151) } } }), false);
});

test('it says what the project is: a beta web library under MIT, in Swedish and English, maintained by its community', () => {
  assert.deepEqual(code.platforms, ['web']);
  assert.equal(code.softwareType, 'library');
  assert.equal(code.developmentStatus, 'beta');
  assert.equal(code.maintenance.type, 'community');
  assert.deepEqual(code.localisation, { localisationReady: true, availableLanguages: ['sv', 'en'] });
  assert.deepEqual(Object.keys(code.description).sort(), ['en', 'sv']);
  // legal/license: "a valid SPDX expression" — the same licence as the LICENSE file and both packages.
  assert.equal(code.legal.license, 'MIT');
  assert.match(read('LICENSE'), /^MIT License/);
  for (const p of ['core', 'elements']) assert.equal(JSON.parse(read(`packages/${p}/package.json`)).license, code.legal.license);
  assert.equal(code.url, `${JSON.parse(read('packages/core/package.json')).repository.url.replace(/^git\+/, '')}`);
});

test('description: longDescription and features in each language, within the standard’s lengths', () => {
  // description/[lang]/longDescription: "min 150 chars, max 10000 chars", mandatory (for at least one
  // language); description/[lang]/features: mandatory (for at least one language), "Each feature must
  // use a maximum of 100 characters"; shortDescription "max 150 chars". We give both languages all three.
  for (const [lang, d] of Object.entries(code.description)) {
    assert.ok(d.longDescription.length >= 150 && d.longDescription.length <= 10000, `${lang} longDescription`);
    assert.ok(d.shortDescription.length <= 150, `${lang} shortDescription`);
    assert.ok(!d.shortDescription.includes('\n'), `${lang} shortDescription is one line`);
    assert.ok(d.features.length >= 5, `${lang} features`);
    for (const f of d.features) assert.ok(f.length <= 100, `${lang} feature over 100 characters: ${f}`);
    assert.equal(d.features.length, code.description.sv.features.length, 'the same features in each language');
  }
});

test('files it names are in the repository; links point at the project', () => {
  // description/[lang]/screenshots: "the file must reside inside the same repository".
  for (const d of Object.values(code.description)) {
    for (const s of d.screenshots ?? []) assert.ok(existsSync(new URL(s, root)), s);
    assert.ok(d.documentation.startsWith(code.landingURL), d.documentation);
  }
});

test('maintenance and country sections follow the standard', () => {
  // maintenance/contractors: "mandatory if maintenance/type is contract; must not be present otherwise".
  assert.equal(code.maintenance.contractors, undefined);
  // Country-specific sections: "the only defined country-specific section is the Italian one" — there is
  // none for Sweden, so the file has none.
  const core = new Set(Object.keys(schema.properties));
  assert.deepEqual(Object.keys(code).filter((k) => !core.has(k)), []);
  assert.equal(code.IT ?? code.it, undefined);
  // Dates: releaseDate "mandatory if the software has been released at least once"; nothing is
  // published yet, so neither softwareVersion nor releaseDate is given.
  assert.equal(code.releaseDate === undefined, code.softwareVersion === undefined);
});

test(
  'maintenance/contacts names the people who maintain it (the standard: mandatory when the type is community)',
  { todo: 'the project has not named its maintainers yet (see the comment in publiccode.yml)' },
  () => {
    assert.ok(code.maintenance.contacts?.length > 0);
    for (const c of code.maintenance.contacts) assert.ok(c.name);
  },
);
