import { describe, expect, it } from 'vitest';
import { readInterests } from './read.js';

const good = {
  id: 'laxhjalpen',
  stated: { kind: 'new-organisation', name: 'Läxhjälpen' },
  areas: ['ungas-halsa-och-livsstil'],
  consent: { matching: true, listing: true },
  contact: { name: 'Anna Andersson', email: 'anna@example.org' },
};

describe('readInterests', () => {
  it('keeps every valid interest, from an array or an { interests } object, and never throws', () => {
    const bad = { ...good, id: 'tom', areas: [] };
    expect(readInterests([good, bad]).interests.map((i) => i.id)).toEqual(['laxhjalpen']);
    expect(readInterests({ interests: [bad, good] }).interests.map((i) => i.id)).toEqual(['laxhjalpen']);
    expect(readInterests('nonsense').interests).toEqual([]);
    expect(readInterests('nonsense').issues.length).toBeGreaterThan(0);
  });

  it('names the interest a problem is in, not the agreement, in Swedish and English', () => {
    const bad = { ...good, areas: [], contact: { name: 'Anna', email: 'anna@' } };
    for (const input of [[bad], { interests: [bad] }]) {
      const { issues } = readInterests(input);
      expect(issues.map((i) => i.code)).toEqual(['too_few', 'invalid_value']);
      expect(issues.every((i) => i.message.startsWith('Intresseanmälan från ”Läxhjälpen”'))).toBe(true);
    }
    const [first] = readInterests([bad], { locale: 'en' }).issues;
    expect(first!.message).toMatch(/^The interest from "Läxhjälpen"/);
  });
});
