import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { mutatedCopies } from '../../test/mutate.js';
import { malmoCopy } from '../../test/rules-helper.js';
import { ISSUE_CODES } from '../issue/issue.js';
import { malmo } from '../presets/malmo/malmo.js';
import { RULES, validateAgreement } from './validate.js';

const otherKommun = JSON.parse(readFileSync(new URL('../../../../examples/other-kommun/agreement.json', import.meta.url), 'utf8'));

describe('validateAgreement', () => {
  it('finds no errors in the Malmö preset on any day from its adoption until today', () => {
    for (const today of ['2017-06-14', '2018-06-13', '2019-05-13', '2022-12-31', '2024-03-06', '2026-11-23']) {
      const result = validateAgreement(malmo, { today });
      expect(result.issues.filter((i) => i.severity === 'error'), today).toEqual([]);
      expect(result.ok).toBe(true);
    }
  });

  it('gives the unmodified preset no warning the seeds contradict, seven months into the 2018–2022 plan', () => {
    // The only warning left: no yearly report is recorded for 2018 — the data is silent, the seed asks for one.
    const result = validateAgreement(malmo, { today: '2019-05-13' });
    expect(result.issues.filter((i) => i.severity !== 'info').map((i) => i.code)).toEqual(['yearly_reports_missing']);
  });

  it('finds no errors in the other-kommun example, which switches the hosting rules off', () => {
    const result = validateAgreement(otherKommun, { today: '2024-05-01' });
    expect(result.counts.error).toBe(0);
    const withHosting = validateAgreement(otherKommun, { today: '2024-05-01', rules: { 'hosting-seats': { enabled: true } } });
    expect(withHosting.issues.filter((i) => i.code === 'hosting_seat_vacant').map((i) => i.severity)).toEqual(['error', 'error']);
  });

  it('returns the schema’s issues, and no rule issues, when the schema refuses the input', () => {
    const result = validateAgreement({ ...malmoCopy(), adopted: 'igår' });
    expect(result.ok).toBe(false);
    expect(result.agreement).toBeUndefined();
    expect(result.issues.map((i) => i.code)).toEqual(['invalid_date']);
  });

  it('puts errors first, then warnings, then notes, and counts them', () => {
    const a = malmoCopy();
    a.municipality.code = '1279';
    const result = validateAgreement(a, { today: '2026-11-23' });
    const order = result.issues.map((i) => i.severity);
    expect(order).toEqual([...order].sort((x, y) => ['error', 'warning', 'info'].indexOf(x) - ['error', 'warning', 'info'].indexOf(y)));
    expect(result.counts).toEqual({ error: 1, warning: 9, info: 7 });
    expect(result.ok).toBe(false);
  });

  it('lets an agreement switch a rule off or change its severity in its own rules', () => {
    const a = malmoCopy();
    a.rules = { 'hosting-seats': { enabled: false }, 'area-time-frame': { severity: 'info' } };
    const codes = validateAgreement(a, { today: '2026-11-23' }).issues.map((i) => [i.code, i.severity]);
    expect(codes).not.toContainEqual(['hosting_seat_vacant', 'info']);
    expect(codes).toContainEqual(['area_time_frame_exceeded', 'info']);
    expect(codes).not.toContainEqual(['area_time_frame_exceeded', 'warning']);
  });

  it('lets the caller’s settings win over the agreement’s, parameter by parameter', () => {
    const a = malmoCopy();
    a.rules = { 'area-time-frame': { severity: 'info', params: { years: 10 } } };
    const issues = validateAgreement(a, { today: '2026-11-23', rules: { 'area-time-frame': { params: { years: 5 } } } }).issues;
    const frame = issues.filter((i) => i.code === 'area_time_frame_exceeded');
    expect(frame.map((i) => [i.severity, i.params.years])).toEqual(Array(5).fill(['info', 5]));
  });

  it('warns about a rule setting for a rule that does not exist', () => {
    const a = malmoCopy();
    a.rules = { 'hosting-seat': { enabled: false } };
    const [issue] = validateAgreement(a, { today: '2019-05-13' }).issues.filter((i) => i.code === 'unknown_rule');
    expect(issue).toMatchObject({ severity: 'warning', path: ['rules', 'hosting-seat'] });
    expect(issue!.message).toContain('Regeln ”hosting-seat” finns inte');
  });

  it('names every rule it runs, and every code it reports has wording', () => {
    expect(RULES).toHaveLength(32);
    expect(new Set(RULES).size).toBe(32);
  });

  it('refuses an invalid or impossible today with a RangeError, as documented', () => {
    for (const today of ['13 maj', '2019-02-30', '2019-02-29', '2019-04-31', '2019-13-01', new Date('x')]) {
      expect(() => validateAgreement(malmo, { today }), String(today)).toThrow(RangeError);
    }
    expect(validateAgreement(malmo, { today: '2020-02-29' }).ok).toBe(true);
  });

  it('reports a rule that throws as an issue and still runs the others', async () => {
    const { RULE_LIST } = await import('./registry.js');
    const rule = RULE_LIST.find((r) => r.id === 'plan-period')!;
    const original = rule.check;
    rule.check = () => {
      throw new Error('boom');
    };
    try {
      const result = validateAgreement(malmo, { today: '2026-11-23', locale: 'en' });
      const failed = result.issues.filter((i) => i.code === 'rule_failed');
      expect(failed).toEqual([expect.objectContaining({ severity: 'error', path: [], params: expect.objectContaining({ value: 'plan-period' }) })]);
      expect(failed[0]!.message).toContain('The rule "plan-period" could not run (Error: boom)');
      expect(result.issues.some((i) => i.code === 'area_time_frame_exceeded')).toBe(true);
      expect(result.issues.some((i) => i.code === 'plan_period_ended')).toBe(false);
    } finally {
      rule.check = original;
    }
  });

  it('notes each rule the agreement switches off or changes in its own settings, in Swedish and English', () => {
    const a = malmoCopy();
    a.rules = { 'hosting-seats': { enabled: false }, 'area-time-frame': { severity: 'info', params: { years: 5 } } };
    const sv = validateAgreement(a, { today: '2019-05-13' }).issues;
    const notes = sv.filter((i) => i.code === 'rule_disabled' || i.code === 'rule_adjusted');
    expect(notes.map((i) => [i.code, i.path, i.severity])).toEqual([
      ['rule_disabled', ['rules', 'hosting-seats'], 'info'],
      ['rule_adjusted', ['rules', 'area-time-frame'], 'info'],
    ]);
    expect(notes[0]!.message).toBe('Regeln ”hosting-seats” är avstängd i överenskommelsens egna regelinställningar, så det den kontrollerar är inte kontrollerat.');
    expect(notes[1]!.message).toBe('Regeln ”area-time-frame” är ändrad i överenskommelsens egna regelinställningar: rapporteras som information, years = 5.');
    const en = validateAgreement(a, { today: '2019-05-13', locale: 'en' }).issues.find((i) => i.code === 'rule_disabled');
    expect(en!.message).toBe("The rule \"hosting-seats\" is switched off in the agreement's own rule settings, so what it checks is not checked.");
    const byCaller = validateAgreement(malmoCopy(), { today: '2019-05-13', rules: { 'plan-revision': { enabled: false } } }).issues;
    expect(byCaller.find((i) => i.code === 'rule_disabled')).toMatchObject({ path: [], params: { value: 'plan-revision', fromAgreement: false } });
  });

  it('never throws and returns only known codes, whatever JSON it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const result = validateAgreement(input, { today: '2020-01-01' });
        for (const issue of result.issues) expect(ISSUE_CODES).toContain(issue.code);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on the preset with any one value replaced by arbitrary JSON, in either language', () => {
    fc.assert(
      fc.property(mutatedCopies(malmoCopy(), 3), ({ input, locale }) => {
        const result = validateAgreement(input, { today: '2023-03-01', locale });
        for (const issue of result.issues) {
          expect(issue.message).not.toMatch(/undefined|\[object Object\]|NaN/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws when ids point anywhere: arbitrary references in hosts, members and grants', () => {
    const ids = fc.constantFrom('miso', 'mip', 'fritidsforvaltningen', 'kommunstyrelsen', 'okand', 'ungas-halsa-och-livsstil', 'samordnare-malmo-stad');
    fc.assert(
      fc.property(ids, ids, ids, fc.constantFrom('sector', 'municipality'), (host, member, recipient, side) => {
        const a = malmoCopy();
        a.plans[0]!.areas[0]!.hosts!.push({ side: side as 'sector', host, from: '2019-01-01' });
        a.roles!.workingGroup!.members.push({ role: 'host', member });
        a.organisations[0]!.metaorganisation = { members: [member] };
        a.grants = [{ id: 'g', category: 'iop', recipient, grantor: member, amountSek: 1, from: '2019-01-01' }];
        expect(() => validateAgreement(a, { today: '2019-06-01' })).not.toThrow();
      }),
    );
  });
});

describe('rule parameters', () => {
  it('reports a parameter out of range and keeps the default, so a rule never sees it', () => {
    const a = malmoCopy();
    a.rules = { 'area-time-frame': { params: { years: -273839 } } };
    const result = validateAgreement(a, { today: '2026-11-23' });
    const [issue] = result.issues.filter((i) => i.code === 'invalid_rule_param');
    expect(issue).toMatchObject({ severity: 'warning', path: ['rules', 'area-time-frame', 'params', 'years'] });
    expect(issue!.message).toBe('Regeln ”area-time-frame”: ”years” kan inte vara -273839. Ange ett tal från 0.5 till 50; förvalet används så länge.');
    expect(result.issues.filter((i) => i.code === 'area_time_frame_exceeded').map((i) => i.params.years)).toEqual([4, 4, 4, 4, 4]);
  });

  it('reports a parameter the rule does not take, naming the ones it does', () => {
    const [issue] = validateAgreement(malmoCopy(), { today: '2019-05-13', rules: { 'area-time-frame': { params: { yeers: 5 } } } }).issues.filter(
      (i) => i.code === 'invalid_rule_param',
    );
    expect(issue!.message).toBe('Regeln ”area-time-frame” har ingen parameter ”yeers”. Den tar years och maxYears.');
  });

  it('refuses an unbounded time frame or grant duration in the data itself', () => {
    const a = malmoCopy() as unknown as Record<string, any>;
    a.plans[0].areas[0].timeFrameYears = 1e9;
    a.grantCategories[0].maxDurationYears = 1e9;
    const codes = validateAgreement(a).issues.map((i) => [i.code, i.path.join('.')]);
    expect(codes).toEqual([
      ['too_big', 'plans.0.areas.0.timeFrameYears'],
      ['too_big', 'grantCategories.0.maxDurationYears'],
    ]);
  });
});

describe('validateAgreement’s precompiled parse', () => {
  it('returns exactly what it returns when zod alone reads the agreement, for an agreement with many organisations and one value changed', async () => {
    // A second copy of the engine whose parse is zod's own, as it was before the precompiled path.
    let zodReads = 0;
    vi.resetModules();
    vi.doMock('../_lib/fast-parse.js', async () => {
      const z = await import('zod/mini');
      return {
        fastSafeParse: (schema: Parameters<typeof z.safeParse>[0], value: unknown) => (zodReads++, z.safeParse(schema, value)),
        useGeneratedParsers: () => 0,
      };
    });
    const plain = (await import('./validate.js')).validateAgreement;
    vi.doUnmock('../_lib/fast-parse.js');
    vi.resetModules();

    // Organisations that give the rules work: names that differ only in case, spacing or punctuation,
    // a repeated organisationsnummer, an unknown district, a cited source and one that is not known.
    const base = malmoCopy();
    const names = ['Föreningen Ett', 'föreningen  ett.', 'Förening – Två', 'FÖRENING TVÅ', 'Ålderns Vänner', 'Alderns vänner'];
    for (let i = 0; i < 60; i++) {
      base.organisations.push({
        id: `forening-${i}`,
        name: `${names[i % names.length]}${i % 5 === 0 ? '' : ` ${i % 7}`}`,
        legalForm: 'non-profit-association',
        ...(i % 9 === 0 ? { organisationNumber: '212000-1124' } : {}),
        districts: [i % 4 === 0 ? 'okand' : 'rosengard'],
        ...(i % 11 === 0 ? { sources: [{ source: i % 2 ? 'samarbetsplan-2018-2022' : 'okand-kalla' }] } : {}),
      });
    }
    expect(validateAgreement(base, { today: '2020-01-01' })).toStrictEqual(plain(base, { today: '2020-01-01' }));
    fc.assert(
      fc.property(mutatedCopies(base, 3), ({ input, locale }) => {
        expect(validateAgreement(input, { today: '2020-01-01', locale })).toStrictEqual(plain(input, { today: '2020-01-01', locale }));
      }),
      { numRuns: 150 },
    );
    expect(zodReads).toBeGreaterThan(150);
  });
});
