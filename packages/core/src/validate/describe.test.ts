import { describe, expect, it } from 'vitest';
import { describeRules } from './describe.js';
import { RULE_LIST } from './registry.js';

describe('describeRules', () => {
  it.each(['sv', 'en'])('describes every rule in %s: what it checks and where it comes from, in that language', (locale) => {
    const rules = describeRules(locale);
    expect(rules.map((r) => r.id)).toEqual(RULE_LIST.map((r) => r.id));
    for (const r of rules) {
      expect(r.description, r.id).not.toBe(r.id);
      expect(r.source.length, r.id).toBeGreaterThan(10);
    }
    const other = describeRules(locale === 'sv' ? 'en' : 'sv');
    // Each language has its own wording, not the other's.
    expect(rules.filter((r, i) => r.source === other[i]!.source && !r.source.startsWith('SCB')).map((r) => r.id)).toEqual([]);
  });

  it('falls back to Swedish for a language without its own rule texts', () => {
    expect(describeRules('ar').map((r) => r.source)).toEqual(describeRules('sv').map((r) => r.source));
  });
});
