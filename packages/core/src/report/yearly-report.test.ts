import { describe, expect, it } from 'vitest';
import { malmoWithActivity } from '../../test/fixtures.js';
import { malmoWithoutHosting } from '../../test/rules-helper.js';
import { malmo } from '../presets/malmo/malmo.js';
import { yearlyReport } from './yearly-report.js';

describe('yearlyReport', () => {
  const { agreement, interests } = malmoWithActivity();
  const report = yearlyReport(agreement, { year: 2019, interests });

  it('counts and sums the year: collaborations active in it, grants started in it, interests submitted in it', () => {
    // Of the examples of seed 004 only Kraftsamling Herrgården has a year (since 2013); the other eleven
    // are examples, "ingen fullständig inventering", not the year's work, and count nowhere.
    expect(report.totals).toEqual({ collaborations: 2, newCollaborations: 1, grants: 2, amountSek: 600_000, interests: 1 });
    expect(report.undatedExamples).toHaveLength(11);
    expect(report.undatedExamples).toContain('Forward Malmö');
  });

  it('counts a collaboration only in the years it was active', () => {
    const a = structuredClone(agreement);
    const herrgarden = a.collaborations.find((c) => c.id === 'kraftsamling-herrgarden')!;
    herrgarden.until = 2018;
    expect(yearlyReport(a, { year: 2018 }).totals.collaborations).toBe(1);
    expect(yearlyReport(a, { year: 2019 }).totals.collaborations).toBe(1); // only the new Läxhjälp
    expect(yearlyReport(a, { year: 2012 }).totals.collaborations).toBe(0);
  });

  it('breaks the year down per area, department, form, target group and district; the executive board is no department', () => {
    const row = (rows: typeof report.byArea, id: string) => rows.find((r) => r.id === id);
    expect(row(report.byArea, 'ungas-halsa-och-livsstil')).toMatchObject({ collaborations: 1, grants: 1, amountSek: 450_000, interests: 1 });
    expect(row(report.byArea, 'jamlik-fritid-och-kultur')).toMatchObject({ grants: 1, amountSek: 150_000 });
    expect(row(report.byDepartment, 'kommunstyrelsen')).toBeUndefined();
    expect(report.executiveBoard).toMatchObject({ id: 'kommunstyrelsen', name: 'Kommunstyrelsen', grants: 1, amountSek: 450_000 });
    expect(row(report.byForm, 'verksamhet-och-projekt')?.collaborations).toBe(2);
    expect(row(report.byDistrict, 'rosengard')).toMatchObject({ collaborations: 2, interests: 1 });
  });

  it('gives each area’s hosting at the year’s end', () => {
    expect(report.hosting[0]).toEqual({
      areaId: 'ungas-halsa-och-livsstil',
      area: 'Ungas hälsa och livsstil',
      sector: 'MISO – Malmö Idrottsföreningars Samorganisation',
      municipality: 'Fritidsförvaltningen',
      status: 'complete',
    });
    expect(report.hosting.slice(1).every((h) => h.status === 'vacant')).toBe(true);
  });

  it('reports no hosting for an agreement without värdskap', () => {
    const without = yearlyReport(malmoWithoutHosting(), { year: 2019 });
    expect(without.agreement.usesHosting).toBe(false);
    expect(without.hosting).toEqual([]);
    expect(without.changes.hostingStarted).toEqual([]);
  });

  it('says what changed since the previous year', () => {
    expect(report.changes).toEqual({
      collaborations: 1,
      grants: 1,
      amountSek: 480_000,
      interests: 1,
      newCollaborations: ['Läxhjälp i Rosengård'],
      hostingStarted: ['MISO – Malmö Idrottsföreningars Samorganisation – Ungas hälsa och livsstil', 'Fritidsförvaltningen – Ungas hälsa och livsstil'],
      hostingEnded: [],
    });
  });

  it('lists the open errors and warnings of the rules at the year’s end, and the rules the agreement changed', () => {
    // 2018's report is recorded; 2019's is still due at the year's end, which is a note, not listed.
    expect(report.issues.map((i) => [i.code, i.severity])).toEqual([['rule_adjusted', 'info']]);
    // In 2021, the last year of the 2018–2022 mandate period, a revision of the plan is due.
    const later = yearlyReport(agreement, { year: 2021, interests });
    expect(later.issues.map((i) => i.code)).toContain('plan_revision_due');
  });

  it('uses the validation it is given instead of validating again', () => {
    expect(yearlyReport(agreement, { year: 2019, interests, validation: { issues: [] } }).issues).toEqual([]);
  });

  it('states 2018’s grant totals with their precision, as seed 004 gives them, and their sum as precise as the least precise', () => {
    const r2018 = yearlyReport(malmo, { year: 2018 });
    expect(r2018.grantTotals.map((g) => [g.grantor, g.precision, g.amountSek, g.amountSekMax])).toEqual([
      ['fritidsforvaltningen', 'exact', 109_700_000, undefined],
      ['kulturforvaltningen', 'more-than', 70_000_000, undefined],
      ['funktionsstodsforvaltningen', 'approximate', 12_500_000, undefined],
      ['arbetsmarknads-och-socialforvaltningen', 'exact', 8_700_000, undefined],
      ['arbetsmarknads-och-socialforvaltningen', 'exact', 6_200_000, undefined],
      ['kommunstyrelsen', 'exact', 25_200_000, undefined],
      ['halsa-vard-och-omsorgsforvaltningen', 'range', 200_000, 300_000],
    ]);
    expect(r2018.grantTotals[2]).toMatchObject({ name: 'Funktionsstödsförvaltningen', recipients: 40 });
    // 109,7 + drygt 70 + cirka 12,5 + 8,7 + 6,2 + 25,2 + 0,2–0,3 miljoner: about 232,5–232,6 miljoner.
    expect(r2018.grantTotalsSum).toEqual({ amountSek: 232_500_000, amountSekMax: 232_600_000, precision: 'approximate' });
    // Only Kraftsamling Herrgården (since 2013) is dated: the year's one collaboration.
    expect(r2018.totals.collaborations).toBe(1);
    expect(yearlyReport(malmo, { year: 2019 }).grantTotals).toEqual([]);
    expect(yearlyReport(malmo, { year: 2019 }).grantTotalsSum).toBeUndefined();
  });

  it('never includes a contact person', () => {
    expect(JSON.stringify(report)).not.toMatch(/Dana|contact\.invalid|040-99/);
  });
});
