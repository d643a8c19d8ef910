import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIdeburen, isInformal, missingMarkers, normaliseOrganisationName, type Organisation } from './organisation.js';

const org = (extra: Partial<Organisation>): Organisation => ({ id: 'x', name: 'X', ...extra });

describe('isIdeburen', () => {
  it('counts formally constituted associations, foundations and religious communities', () => {
    for (const legalForm of ['non-profit-association', 'foundation', 'religious-community'] as const) {
      expect(isIdeburen(org({ legalForm, formal: { statutes: true, board: true, annualMeeting: true } })), legalForm).toBe(true);
    }
  });

  it('counts a stiftelse with a board and statutes and no årsmöte, since a foundation has none', () => {
    expect(isIdeburen(org({ legalForm: 'foundation', formal: { statutes: true, board: true, annualMeeting: false } }))).toBe(true);
    expect(isIdeburen(org({ kind: 'foundation', formal: { statutes: true, board: true, annualMeeting: false } }))).toBe(true);
    expect(isIdeburen(org({ legalForm: 'foundation', formal: { statutes: true, board: false } }))).toBe(false);
  });

  it('counts a trossamfund with statutes and a board, whatever its annual meeting', () => {
    expect(isIdeburen(org({ legalForm: 'religious-community', formal: { statutes: true, board: true, annualMeeting: false } }))).toBe(true);
    expect(isIdeburen(org({ legalForm: 'religious-community', formal: { statutes: false } }))).toBe(false);
  });

  it('counts an ekonomisk förening only when its non-profit purpose is stated', () => {
    const formal = { statutes: true, board: true, annualMeeting: true };
    expect(isIdeburen(org({ legalForm: 'economic-association', formal: { ...formal, nonProfitPurpose: true } }))).toBe(true);
    expect(isIdeburen(org({ legalForm: 'economic-association', formal }))).toBe(false);
    expect(isIdeburen(org({ legalForm: 'economic-association', formal: { ...formal, nonProfitPurpose: false } }))).toBe(false);
  });

  it('names the markers an organisation lacks for its legal form', () => {
    expect(missingMarkers(org({ legalForm: 'economic-association' }))).toEqual(['nonProfitPurpose']);
    expect(missingMarkers(org({ legalForm: 'non-profit-association', formal: { annualMeeting: false } }))).toEqual(['annualMeeting']);
    expect(missingMarkers(org({ legalForm: 'limited-company' }))).toBeUndefined();
  });

  it('never counts a company, a public body or an informal group', () => {
    for (const legalForm of ['limited-company', 'trading-partnership', 'public-body', 'informal-group'] as const) {
      expect(isIdeburen(org({ legalForm, kind: 'association' })), legalForm).toBe(false);
    }
  });

  it('does not count an association that states it has no statutes, board or annual meeting (seed 004)', () => {
    expect(isIdeburen(org({ legalForm: 'non-profit-association', formal: { statutes: false, board: true, annualMeeting: true } }))).toBe(false);
    expect(isIdeburen(org({ legalForm: 'non-profit-association', formal: { statutes: true, board: true, annualMeeting: false } }))).toBe(false);
  });

  it('goes by the kind when no legal form is stated, and counts nothing unknown', () => {
    expect(isIdeburen(org({ kind: 'study-association' }))).toBe(true);
    expect(isIdeburen(org({ kind: 'idea-based' }))).toBe(true);
    expect(isIdeburen(org({ kind: 'network' }))).toBe(false);
    expect(isIdeburen(org({}))).toBe(false);
  });
});

describe('isInformal', () => {
  it('is true only for informal groups', () => {
    expect(isInformal(org({ legalForm: 'informal-group' }))).toBe(true);
    expect(isInformal(org({ legalForm: 'non-profit-association' }))).toBe(false);
    expect(isInformal(org({}))).toBe(false);
  });
});

describe('normaliseOrganisationName', () => {
  it('folds case, white space and punctuation but keeps å, ä and ö apart from a and o', () => {
    expect(normaliseOrganisationName('  Friskis & Svettis i  Malmö ')).toBe('friskis svettis i malmö');
    expect(normaliseOrganisationName('HSO i Malmö – Handikappföreningarnas Sam.\u00a0Organisation')).toBe(
      'hso i malmö handikappföreningarnas sam organisation',
    );
    expect(normaliseOrganisationName('Malmö')).not.toBe(normaliseOrganisationName('Malmo'));
  });

  // The whole normalisation, as it was before names in ASCII and Latin-1 took a shorter way.
  const reference = (name: string) =>
    name
      .normalize('NFC')
      .toLocaleLowerCase('sv')
      .replace(/[\p{P}\p{S}\s]+/gu, ' ')
      .trim();

  it('gives the full normalisation’s answer for every character of Latin-1 and beyond, alone and between words', () => {
    for (let c = 0; c < 0x2100; c++) {
      const ch = String.fromCharCode(c);
      for (const name of [ch, `Ab${ch}cD`, ` ${ch} `, `x ${ch} y`, `${ch}${ch}`]) expect(normaliseOrganisationName(name)).toBe(reference(name));
    }
  });

  it('gives the full normalisation’s answer for any name', () => {
    const chars = fc.constantFrom(...'aAzZ09 åÅäÄöÖéÉüÜßÿ.,-–&/\t\n\u00a0\u0301\u0308İIıΣσς€_\'"()'.split(''));
    const names = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.array(chars, { maxLength: 24 }).map((a) => a.join('')));
    fc.assert(fc.property(names, (name) => normaliseOrganisationName(name) === reference(name)), { numRuns: 2000 });
  });
});
