// Every example organisationsnummer a person is shown must pass the check a person's own number meets:
// the form's hint once said "till exempel 802000-0000", which fails its check digit, so a person who
// typed the example was refused. This scans the language packs and the guides for numbers given as
// examples and checks each one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOrganisationNumber } from './organisation-number.js';

const ROOT = new URL('../../../../', import.meta.url).pathname; // the repository
const NUMBER = /\b\d{6}[-\s]?\d{4}\b/g;

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => ext.test(f))
    .map((f) => join(dir, f));
}

describe('example organisationsnummer', () => {
  it('in every language pack pass validation', () => {
    const found: string[] = [];
    for (const file of files('packages/core/src/locales', /(?<!\.test)\.ts$/)) {
      for (const [n] of readFileSync(join(ROOT, file), 'utf8').matchAll(NUMBER)) {
        found.push(n);
        expect(parseOrganisationNumber(n), `${file}: ${n}`).toMatchObject({ ok: true });
      }
    }
    // The hints and messages of the five packs give one.
    expect(found.length).toBeGreaterThanOrEqual(10);
  });

  it('given as examples in the guides and READMEs pass validation', () => {
    const docs = [...files('docs', /\.md$/), 'README.md', 'packages/core/README.md', 'packages/elements/README.md'];
    // "till exempel 802000-0009", "for example …", "like …", "t.ex. …", "e.g. …": an example for a person.
    const example = /(?:till exempel|for example|t\.ex\.|e\.g\.|like|som)\s+(\d{6}[-\s]?\d{4})\b/gi;
    for (const file of docs) {
      let text: string;
      try {
        text = readFileSync(join(ROOT, file), 'utf8');
      } catch {
        continue;
      }
      for (const [, n] of text.matchAll(example)) expect(parseOrganisationNumber(n!), `${file}: ${n}`).toMatchObject({ ok: true });
    }
  });

  it('would catch the old hint: 802000-0000 fails its check digit', () => {
    expect(parseOrganisationNumber('802000-0000')).toMatchObject({ ok: false, error: 'checksum' });
    expect(parseOrganisationNumber('802000-0009')).toMatchObject({ ok: true, number: { group: 8 } });
  });
});
