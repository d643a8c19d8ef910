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

describe('the caps on what one interest may hold', () => {
  it('refuses a 5 000-character name, a 5 000-character description and a list of 101 areas, naming each field', () => {
    const long = 'a'.repeat(5000);
    const bad = {
      ...good,
      stated: { kind: 'new-organisation', name: long },
      description: long,
      areas: Array.from({ length: 101 }, (_, i) => `omrade-${i}`),
    };
    const { interests, issues } = readInterests([bad]);
    expect(interests).toEqual([]);
    expect(issues.map((i) => [i.code, i.path.slice(1).join('.')])).toEqual([
      ['too_big', 'stated.name'],
      ['too_big', 'areas'],
      ['too_big', 'description'],
    ]);
    // The interest is named in each message, shortened: a long name does not make long messages.
    expect(Math.max(...issues.map((i) => i.message.length))).toBeLessThan(200);
  });

  it('keeps an interest at the caps: a 200-character name and 100 areas', () => {
    const full = { ...good, stated: { kind: 'new-organisation', name: 'a'.repeat(200) }, areas: Array.from({ length: 100 }, (_, i) => `omrade-${i}`) };
    expect(readInterests([full]).interests).toHaveLength(1);
  });
});
