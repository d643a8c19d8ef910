import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defineAgreement } from '../agreement/define.js';
import { validateAgreement } from '../validate/validate.js';
import { migrateAgreement } from './migrate.js';

// `samverkan preset malmo` as 0.1 printed it, captured before the model changed, and the other-kommun
// example as 0.1 shipped it.
const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../test/fixtures/v0.1/${name}`, import.meta.url), 'utf8')) as Record<string, any>;

describe('migrateAgreement', () => {
  it('moves the 0.1 preset’s 32 signatories into the joining register as joinings of the declaration of intent', () => {
    const old = fixture('malmo-preset.json');
    const { agreement, changes } = migrateAgreement(old) as { agreement: Record<string, any>; changes: unknown[] };
    expect(changes).toEqual([
      { change: 'signatories-to-joined', path: ['declarationOfIntent', 'signatories'], count: 32 },
      { change: 'format-version', path: ['formatVersion'] },
    ]);
    expect(agreement.formatVersion).toBe('0.2');
    expect(agreement.declarationOfIntent).toEqual({ year: 2015, description: old.declarationOfIntent.description });
    expect(agreement.joined).toHaveLength(32);
    expect(agreement.joined[0]).toEqual({ organisation: old.declarationOfIntent.signatories[0], to: 'declaration-of-intent', date: '2015' });
  });

  it('upgrades the 0.1 preset and the 0.1 other-kommun example to files that validate with no error', () => {
    for (const name of ['malmo-preset.json', 'other-kommun.json']) {
      const { agreement } = migrateAgreement(fixture(name));
      const result = validateAgreement(agreement, { today: '2019-05-13' });
      expect(result.issues.filter((i) => i.severity === 'error'), name).toEqual([]);
      expect(result.ok, name).toBe(true);
    }
  });

  it('lets a 0.1 file be read as it is, upgraded on the way in', () => {
    const result = defineAgreement(fixture('malmo-preset.json'));
    expect(result.ok).toBe(true);
    expect(result.agreement!.joined).toHaveLength(32);
  });

  it('does not change its input, and leaves a current file alone', () => {
    const old = fixture('malmo-preset.json');
    const copy = structuredClone(old);
    const { agreement } = migrateAgreement(old);
    expect(old).toEqual(copy);
    expect(migrateAgreement(agreement)).toEqual({ agreement, changes: [] });
  });

  it('returns anything that is not an object as it is, for the schema to report', () => {
    for (const value of [null, 3, 'x', [], [{ declarationOfIntent: { signatories: [] } }]]) {
      expect(migrateAgreement(value).agreement).toEqual(value);
    }
  });
});
