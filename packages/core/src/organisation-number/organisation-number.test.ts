import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupsForLegalForm, parseOrganisationNumber } from './organisation-number.js';

describe('parseOrganisationNumber', () => {
  it('accepts Malmö stad’s number in all three written forms', () => {
    for (const written of ['212000-1124', '2120001124', '162120001124', '16212000-1124', ' 212000-1124 ']) {
      expect(parseOrganisationNumber(written), written).toEqual({ ok: true, number: { value: '212000-1124', group: 2 } });
    }
  });

  it('accepts an ideell förening’s number and reads its group', () => {
    expect(parseOrganisationNumber('802000-0009')).toEqual({ ok: true, number: { value: '802000-0009', group: 8 } });
  });

  it('refuses a personnummer, even one with a valid check digit', () => {
    expect(parseOrganisationNumber('900101-2385')).toEqual({ ok: false, error: 'personnummer' });
    // With its century too: twelve digits from 19 or 20 are a personnummer, and the message says so.
    expect(parseOrganisationNumber('19900101-2385')).toEqual({ ok: false, error: 'personnummer' });
    expect(parseOrganisationNumber('200001011234')).toEqual({ ok: false, error: 'personnummer' });
    expect(parseOrganisationNumber('802000 0000')).toEqual({ ok: false, error: 'format' });
  });

  it('refuses a wrong check digit', () => {
    expect(parseOrganisationNumber('212000-1125')).toEqual({ ok: false, error: 'checksum' });
  });

  it('refuses a first digit no legal form uses', () => {
    expect(parseOrganisationNumber('402000-0001')).toEqual({ ok: false, error: 'group' });
  });

  it('refuses other shapes', () => {
    for (const written of ['', '21200-1124', '212000–1124', '172120001124', 'abcdef-ghij', '212000 1124']) {
      expect(parseOrganisationNumber(written).ok, written).toBe(false);
    }
  });

  it('accepts exactly one check digit out of ten for any valid prefix', () => {
    fc.assert(
      fc.property(fc.constantFrom(2, 5, 7, 8, 9), fc.integer({ min: 2, max: 9 }), fc.stringMatching(/^\d{7}$/), (g, third, rest) => {
        const prefix = `${g}${rest[0]}${third}${rest.slice(1, 7)}`;
        const accepted = [...'0123456789'].filter((c) => parseOrganisationNumber(prefix + c).ok);
        expect(accepted).toHaveLength(1);
      }),
    );
  });
});

describe('groupsForLegalForm', () => {
  it('maps each legal form to its group, trossamfund to 2 or 8', () => {
    expect(groupsForLegalForm('non-profit-association')).toEqual([8]);
    expect(groupsForLegalForm('economic-association')).toEqual([7]);
    expect(groupsForLegalForm('religious-community')).toEqual([2, 8]);
    expect(groupsForLegalForm('limited-company')).toEqual([5]);
    expect(groupsForLegalForm('trading-partnership')).toEqual([9]);
    expect(groupsForLegalForm('informal-group')).toBeUndefined();
  });
});
