import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changedCopy, pathsOf } from '../../test/mutate.js';
import { isDay } from '../_lib/day.js';
import { hostedMalmo, malmoCopy, malmoWithoutHosting, withIop } from '../../test/rules-helper.js';
import type { Severity } from '../issue/issue.js';
import { describeRules } from './describe.js';
import { RULE_LIST } from './registry.js';
import { validateAgreement } from './validate.js';

// `describeRules` (and so `samverkan rules` and the reference) states each rule's default severity as the
// most serious one it reports. The table is written by hand beside the rules; these tests hold it to
// what the rules do report, on agreements that make them fire.

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
const ENGINE = new Set(['rule_disabled', 'rule_adjusted', 'rule_failed', 'unknown_rule', 'agreement_terminated']);
const example = (name: string) => JSON.parse(readFileSync(new URL(`../../../../examples/${name}/agreement.json`, import.meta.url), 'utf8'));
/** Hosted Malmö with an IOP, grants of two categories (one requiring a written avtal), organisation numbers and an informal group: values for the changes below to draw on. */
function rich() {
  const a = withIop();
  a.grantCategories.push({ id: 'avtalsbidrag', name: { sv: 'Bidrag enligt avtal' }, grantors: ['arbetsmarknads-och-socialforvaltningen'], requiresWrittenAgreement: true });
  a.grants = [
    { id: 'g1', category: 'ks-anslag-projekt-och-utredningar', recipient: 'radda-barnen-region-syd', grantor: 'kommunstyrelsen', amountSek: 450_000, from: '2019-01-01', to: '2020-12-31' },
    { id: 'g2', category: 'avtalsbidrag', recipient: 'skane-stadsmission', grantor: 'arbetsmarknads-och-socialforvaltningen', amountSek: 90_000, from: '2019-01-01', to: '2019-12-31', writtenAgreement: { reference: 'ASN-2019-7', signed: '2018-12-01' } },
  ];
  Object.assign(a.organisations[0]!, { organisationNumber: '802000-0009', legalForm: 'non-profit-association' });
  Object.assign(a.organisations[1]!, { organisationNumber: '556000-0001', legalForm: 'foundation' });
  a.organisations.push({ id: 'natverk', name: 'Nätverket', legalForm: 'informal-group' });
  Object.assign(a.roles!.workingGroup!.members[0]!, { from: '2019-01-01', to: '2020-12-31' });
  return a;
}

/** Malmö organised through a forum, one of whose members has a term with an end. */
function withForum() {
  const a = malmoWithoutHosting();
  a.organising!.forums![0]!.members[1]!.to = '2020-12-31';
  return a;
}
const bases = () => [malmoCopy(), hostedMalmo(), withForum(), rich(), ...['goteborg', 'uppsala', 'vastra-gotaland', 'other-kommun'].map(example)];
const DAYS = ['2016-01-01', '2019-05-13', '2023-03-01', '2031-01-01'];
const at = (root: unknown, path: (string | number)[]): any => path.reduce<any>((node, seg) => node[seg], root);
const isDate = (value: unknown): value is string => typeof value === 'string' && isDay(value);
const yearsOn = (day: string, years: number) => `${Number(day.slice(0, 4)) + years}${day.slice(4)}`;

/** A copy of `base` with one change at `path`, without the agreement's own rule settings. */
function withChange(base: unknown, path: (string | number)[], change: (holder: any, key: string | number) => void) {
  const input = changedCopy(base, path, change);
  delete input.rules; // an agreement's own settings may change a severity; here only the rules' defaults count
  return input;
}

/**
 * Copies of an agreement with one change each, of the kinds that keep the schema content and make rules
 * fire: a leaf given the value another field of the same name has elsewhere (a host that is another
 * organisation, a date from another term, a side swapped), a string given any id of the agreement, a date
 * moved up to three years either way, or a key or list item taken away.
 */
function oneChangeCopies(base: Record<string, unknown>, under?: readonly string[]) {
  const all = pathsOf(base, 4);
  const field = (path: (string | number)[]) => String(path.findLast((seg) => typeof seg === 'string'));
  const byField = new Map<string, unknown[]>();
  const ids: string[] = [];
  for (const path of all) {
    const value = at(base, path);
    if (value === null || typeof value === 'object') continue;
    byField.set(field(path), [...(byField.get(field(path)) ?? []), value]);
    if (field(path) === 'id' && typeof value === 'string') ids.push(value);
  }
  const paths = under ? all.filter((p) => under.includes(String(p[0]))) : all;
  const change = fc.constantFrom('same-field', 'an-id', 'remove', 'years');
  return fc.tuple(fc.constantFrom(...paths), change, fc.nat(), fc.constantFrom(...DAYS)).map(([path, how, pick, today]) => {
    const input = withChange(base, path, (node, key) => {
      const value = node[key];
      const leaf = value === null || typeof value !== 'object';
      if (how === 'remove' || !leaf) {
        if (Array.isArray(node)) node.splice(Number(key), 1);
        else delete node[key];
      } else if (how === 'years' && isDate(value)) node[key] = yearsOn(value, (pick % 7) - 3);
      else if (how === 'an-id' && typeof value === 'string') node[key] = ids[pick % ids.length];
      else {
        const pool = byField.get(field(path))!;
        node[key] = pool[pick % pool.length];
      }
    });
    return { input, today };
  });
}

describe('the default severity of each rule', () => {
  it('is stated for every rule the engine runs', () => {
    const stated = describeRules('en');
    expect(stated.map((r) => r.id)).toEqual(RULE_LIST.map((r) => r.id));
    for (const r of stated) expect(['error', 'warning', 'info'], r.id).toContain(r.severity);
  });

  it('is the most serious severity each rule reports, on agreements changed one value at a time', () => {
    const table = new Map(describeRules('en').map((r) => [r.id, r.severity]));
    const seen = new Map<string, Severity>();
    const record = (input: unknown, today: string) => {
      for (const issue of validateAgreement(input, { today }).issues) {
        if (!issue.rule || ENGINE.has(issue.code)) continue;
        const worst = seen.get(issue.rule);
        if (!worst || RANK[issue.severity] > RANK[worst]) seen.set(issue.rule, issue.severity);
        // Never more serious than stated.
        expect(RANK[issue.severity], `${issue.rule}: ${issue.code} at ${issue.path.join('.')}`).toBeLessThanOrEqual(RANK[table.get(issue.rule)!]);
      }
    };
    for (const base of bases()) {
      const read = validateAgreement(base, { today: '2019-05-13' });
      expect(read.agreement, read.issues.map((i) => i.message).join(' | ')).toBeDefined();
      for (const today of DAYS) record(base, today);
      // Every date of the agreement, one at a time, three years earlier and later: terms turned around.
      for (const path of pathsOf(base, 4)) {
        const value = at(base, path);
        if (!isDate(value)) continue;
        for (const years of [-3, 3]) {
          record(
            withChange(base, path, (node, key) => {
              node[key] = yearsOn(value, years);
            }),
            '2019-05-13',
          );
        }
      }
      fc.assert(
        fc.property(oneChangeCopies(base), ({ input, today }) => {
          record(input, today);
        }),
        { numRuns: 150, seed: 17 },
      );
    }
    // The parts of the agreement few rules read but whose rules have few ways to fire: grants, organisations, the parties.
    fc.assert(
      fc.property(oneChangeCopies(rich(), ['grants', 'organisations', 'municipality', 'parties', 'members']), ({ input, today }) => {
        record(input, today);
      }),
      { numRuns: 300, seed: 17 },
    );
    // Where a rule fired at all, its most serious finding is the stated one (not a level below it).
    const below = [...seen].filter(([id, worst]) => worst !== table.get(id)).map(([id, worst]) => `${id}: stated ${table.get(id)}, reported at most ${worst}`);
    expect(below).toEqual([]);
    // The corpus reaches most rules; the rest are covered by their own tests beside each rule.
    expect(seen.size).toBeGreaterThan(RULE_LIST.length / 2);
  });
});
