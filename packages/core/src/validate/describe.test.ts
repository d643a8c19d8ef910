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

  it.each(['sv', 'en'])('says in %s what every parameter of every rule sets, with its range', (locale) => {
    const rules = describeRules(locale);
    const params = rules.flatMap((r) => Object.entries(r.params).map(([name, p]) => ({ key: `${r.id}.${name}`, ...p })));
    expect(params.length).toBe(RULE_LIST.reduce((n, r) => n + Object.keys(r.params ?? {}).length, 0));
    expect(params.length).toBeGreaterThan(0);
    for (const p of params) {
      expect(p.description, p.key).not.toBe(p.key.split('.')[1]);
      expect(p.description.length, p.key).toBeGreaterThan(20);
      expect(p.min, p.key).toBeLessThan(p.max);
    }
    const other = describeRules(locale === 'sv' ? 'en' : 'sv');
    expect(rules.find((r) => r.id === 'area-time-frame')!.params.years!.description).not.toBe(other.find((r) => r.id === 'area-time-frame')!.params.years!.description);
  });

  it('falls back to Swedish for a language without its own rule texts', () => {
    expect(describeRules('ar').map((r) => r.source)).toEqual(describeRules('sv').map((r) => r.source));
  });
});
