import { describe, expect, it } from 'vitest';
import { codes, hostedMalmo, issuesOf, malmoCopy } from '../../test/rules-helper.js';

describe('rule plan-period', () => {
  it('passes the 2018–2022 plan while it runs', () => {
    expect(issuesOf('plan-period', malmoCopy(), { today: '2022-12-31' })).toEqual([]);
  });

  it('warns once the current plan has run out', () => {
    const issues = issuesOf('plan-period', malmoCopy(), { today: '2023-01-01' });
    expect(issues).toMatchObject([{ code: 'plan_period_ended', severity: 'warning', path: ['plans', 0, 'period', 'end'] }]);
    expect(issues[0]!.message).toBe('Samarbetsplan 2018–2022 gällde till 2022-12-31. Anta en reviderad plan och ange den som ”currentPlan”.');
  });

  it('reports a plan that ends before it starts', () => {
    const a = malmoCopy();
    a.plans[0]!.period.end = '2017-12-31';
    expect(codes(issuesOf('plan-period', a))).toEqual(['plan_period_invalid']);
  });
});

describe('rule plan-revision (seed 003: revised once per mandate period)', () => {
  it('passes while the plan was adopted in the current mandate period', () => {
    expect(issuesOf('plan-revision', malmoCopy(), { today: '2018-10-14' })).toEqual([]);
  });

  it('stays quiet seven months into the 2018–2022 period: a revision is not due yet (seed 003: once per period)', () => {
    expect(issuesOf('plan-revision', malmoCopy(), { today: '2019-05-13' })).toEqual([]);
    expect(issuesOf('plan-revision', malmoCopy(), { today: '2021-10-14' })).toEqual([]);
  });

  it('warns in the last year of a mandate period that has no revision yet', () => {
    const issues = issuesOf('plan-revision', malmoCopy(), { today: '2021-10-15' });
    expect(issues).toMatchObject([{ code: 'plan_revision_due', path: ['plans'], severity: 'warning', params: { from: '2018-10-15', to: '2022-10-14', dueFrom: '2021-10-15' } }]);
    expect(codes(issuesOf('plan-revision', malmoCopy(), { today: '2019-05-13', rules: { 'plan-revision': { params: { monthsBefore: 48 } } } }))).toEqual(['plan_revision_due']);
  });

  it('reports each past mandate period that ended without a revision', () => {
    const issues = issuesOf('plan-revision', malmoCopy(), { today: '2023-01-01' });
    expect(issues.map((i) => [i.code, i.params.electionYear])).toEqual([['plan_not_revised', 2018]]);
    expect(issues[0]!.message).toContain('Ingen samarbetsplan antogs under mandatperioden 2018-10-15 – 2022-10-14');
  });

  it('counts a revised plan adopted in the period', () => {
    const a = malmoCopy();
    a.plans.push({ ...structuredClone(a.plans[0]!), id: 'samarbetsplan-2021-2026', adopted: '2021-05-01', period: { start: '2021-06-01', end: '2026-12-31' } });
    expect(codes(issuesOf('plan-revision', a, { today: '2023-01-01' }))).toEqual([]);
    expect(codes(issuesOf('plan-revision', a, { today: '2026-01-01' }))).toEqual(['plan_revision_due']);
  });

  it('stops counting at the termination date and skips drafts', () => {
    const a = malmoCopy();
    a.status = { state: 'terminated', date: '2022-06-30', reason: { sv: 'Avvecklad.' } };
    const issues = issuesOf('plan-revision', a, { today: '2026-11-23' });
    expect(issues).toMatchObject([
      { code: 'plan_revision_due', params: { electionYear: 2018 } },
      { code: 'agreement_terminated', severity: 'info', params: { to: '2022-06-30' } },
    ]);
    a.status = { state: 'draft' };
    expect(issuesOf('plan-revision', a, { today: '2026-11-23' })).toEqual([]);
  });
});

describe('rule yearly-report (seed 003: a yearly report to the kommunstyrelsen)', () => {
  it('passes when each full year of the plan has its report', () => {
    const a = malmoCopy();
    a.yearlyReports = [2018, 2019, 2020].map((year) => ({ year }));
    expect(issuesOf('yearly-report', a, { today: '2021-01-15' })).toMatchObject([{ code: 'yearly_report_due', severity: 'info', params: { year: 2021 } }]);
    a.yearlyReports.push({ year: 2021 });
    expect(issuesOf('yearly-report', a, { today: '2021-01-15' })).toEqual([]);
  });

  it('lists the years with no report in one warning', () => {
    const a = malmoCopy();
    a.yearlyReports = [{ year: 2019, submitted: '2020-03-01' }];
    const [missing] = issuesOf('yearly-report', a, { today: '2021-06-01' });
    expect(missing).toMatchObject({ code: 'yearly_reports_missing', severity: 'warning', params: { years: ['2018', '2020'] } });
    expect(missing!.message).toContain('registrerad för 2018 och 2020');
  });
});

describe('rule area-time-frame (seed 003: about four years per area)', () => {
  it('passes an area within four years of its start', () => {
    expect(issuesOf('area-time-frame', malmoCopy(), { today: '2022-06-13' })).toEqual([]);
  });

  it('flags an active area past four years', () => {
    const issues = issuesOf('area-time-frame', malmoCopy(), { today: '2022-06-14' });
    expect(issues).toHaveLength(5);
    expect(issues[0]!.message).toBe(
      'Området ”Ungas hälsa och livsstil” startade 2018-06-13 och har passerat sin tidsram på 4 år (2022-06-13). Utvärdera området och avsluta eller förläng det.',
    );
  });

  it('takes the agreement’s own time frame, and an area’s own over both', () => {
    const a = malmoCopy();
    a.rules = { 'area-time-frame': { params: { years: 5 } } };
    expect(issuesOf('area-time-frame', a, { today: '2023-01-01' })).toEqual([]);
    a.plans[0]!.areas[0]!.timeFrameYears = 2;
    expect(issuesOf('area-time-frame', a, { today: '2023-01-01' }).map((i) => i.params.years)).toEqual([2]);
  });
});

describe('the revision cycle as data', () => {
  it('holds the agreement to its own N years (Uppsala: every fifth year), counted through its revisions', () => {
    const a = malmoCopy();
    a.revision = { of: 'agreement', every: 'years', years: 5 };
    expect(issuesOf('plan-revision', a, { today: '2022-06-13' })).toEqual([]);
    const [issue, ...rest] = issuesOf('plan-revision', a, { today: '2023-01-01' });
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ code: 'revision_overdue', path: ['revisions'], params: { from: '2017-06-14', to: '2022-06-14', years: 5 } });
    a.revisions = [{ date: '2022-05-01' }];
    expect(issuesOf('plan-revision', a, { today: '2023-01-01' })).toEqual([]);
  });

  it('keeps Malmö’s once per mandate period for the plan when the cycle says so', () => {
    const a = malmoCopy();
    expect(a.revision).toMatchObject({ of: 'plan', every: 'mandate-period' });
    // 2018–2022 had no new plan; the period from 2022-10-15 has none yet, but is not near its end.
    expect(codes(issuesOf('plan-revision', a, { today: '2023-03-01' }))).toEqual(['plan_not_revised']);
    expect(codes(issuesOf('plan-revision', a, { today: '2025-10-15' }))).toEqual(['plan_not_revised', 'plan_revision_due']);
  });
});

describe('rule area-time-frame: an area’s own frame far beyond "ca fyra år" (seed 003)', () => {
  it('accepts an own time frame up to twice the seed’s four years', () => {
    const a = hostedMalmo();
    a.plans[0]!.areas[3]!.timeFrameYears = 8;
    expect(issuesOf('area-time-frame', a)).toEqual([]);
  });

  it('warns about an own time frame of 50 years, at the area’s timeFrameYears', () => {
    const a = hostedMalmo();
    a.plans[0]!.areas[3]!.timeFrameYears = 50;
    const issues = issuesOf('area-time-frame', a);
    expect(issues).toMatchObject([{ code: 'area_time_frame_long', severity: 'warning', path: ['plans', 0, 'areas', 3, 'timeFrameYears'], params: { years: 50, maximum: 8 } }]);
    expect(issues[0]!.message).toContain('har en egen tidsram på 50 år. Samarbetsplanen utgår från ca fyra år per område');
  });
});
