// The files a public-sector adopter looks for: present, in Swedish and English where people read them,
// saying what this project does (not a template left half-filled), and linking only to files that exist.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const root = new URL('../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const FILES = ['CONTRIBUTING.md', 'CONTRIBUTING.sv.md', 'SECURITY.md', 'CODE_OF_CONDUCT.md', 'CODE_OF_CONDUCT.sv.md', 'README.md'];

test('every relative link in these files points at a file of the repository', () => {
  for (const file of FILES) {
    for (const [, target] of read(file).matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
      if (/^[a-z]+:/.test(target)) continue;
      assert.ok(existsSync(new URL(target, root)), `${file} → ${target}`);
    }
  }
});

test('CONTRIBUTING, in both languages, covers building, testing, changesets, language packs and a kommun’s example', () => {
  for (const file of ['CONTRIBUTING.md', 'CONTRIBUTING.sv.md']) {
    const text = read(file);
    for (const needle of ['bash scripts/dev.sh test', 'pnpm changeset', 'packages/core/src/locales/', 'examples/other-kommun', 'samverkan validate', 'CODE_OF_CONDUCT', 'SECURITY.md', 'NPM_TOKEN']) {
      assert.ok(text.includes(needle), `${file} mentions ${needle}`);
    }
  }
  assert.match(read('CONTRIBUTING.md'), /\[Svenska\]\(CONTRIBUTING\.sv\.md\)/);
  assert.match(read('CONTRIBUTING.sv.md'), /\[English\]\(CONTRIBUTING\.md\)/);
});

test('SECURITY names the private channel, the supported versions and the personal data at stake, in both languages', () => {
  const text = read('SECURITY.md');
  assert.ok(text.includes('## Svenska') && text.includes('## English'));
  assert.equal(text.split('https://github.com/samverkan/samverkan/security/advisories/new').length - 1, 2);
  assert.match(text, /senaste mindre versionen \(0\.x\)/);
  assert.match(text, /latest minor version \(0\.x\)/);
  const [sv, en] = text.split('## English');
  for (const needle of ['examples/receiver', 'toPublicInterest', 'Content-Security-Policy', '@samverkan/elements']) {
    assert.ok(sv.includes(needle) && en.includes(needle), needle);
  }
});

test('the code of conduct is the Contributor Covenant 2.1, English and Swedish, with the contact filled in', () => {
  for (const file of ['CODE_OF_CONDUCT.md', 'CODE_OF_CONDUCT.sv.md']) {
    const text = read(file);
    assert.match(text, /contributor-covenant\.org\/version\/2\/1\/code_of_conduct\.html/);
    assert.doesNotMatch(text, /\[(INSERT CONTACT METHOD|INFOGA KONTAKTMETOD)\]/);
    assert.ok(text.includes('https://github.com/samverkan/samverkan/security/advisories/new'));
  }
});

test('the README states the project’s maturity in both languages', () => {
  const section = read('README.md').split('## Maturity · Mognad')[1]?.split('\n## ')[0] ?? '';
  assert.match(section, /\*\*Svenska\.\*\*.*beta/s);
  assert.match(section, /\*\*English\.\*\*.*beta/s);
  assert.match(section, /0\.x/);
});
