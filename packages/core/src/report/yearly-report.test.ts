import { describe, expect, it } from 'vitest';
import { malmoWithActivity } from '../../test/fixtures.js';
import { malmo } from '../presets/malmo/malmo.js';
import { reportToCsv, reportToMarkdown, yearlyReport } from './yearly-report.js';

describe('yearlyReport', () => {
  const { agreement, interests } = malmoWithActivity();
  const report = yearlyReport(agreement, { year: 2019, interests });

  it('counts and sums the year: collaborations, grants started in it, interests submitted in it', () => {
    // The twelve examples of seed 004 have no start year recorded, so they count every year.
    expect(report.totals).toEqual({ collaborations: 13, newCollaborations: 1, grants: 2, amountSek: 600_000, interests: 1 });
  });

  it('breaks the year down per area, department, form, target group and district', () => {
    const row = (rows: typeof report.byArea, id: string) => rows.find((r) => r.id === id);
    expect(row(report.byArea, 'ungas-halsa-och-livsstil')).toMatchObject({ collaborations: 1, grants: 1, amountSek: 450_000, interests: 1 });
    expect(row(report.byArea, 'jamlik-fritid-och-kultur')).toMatchObject({ grants: 1, amountSek: 150_000 });
    expect(row(report.byDepartment, 'kommunstyrelsen')).toMatchObject({ name: 'Kommunstyrelsen', grants: 1, amountSek: 450_000 });
    expect(row(report.byDepartment, 'kulturforvaltningen')?.collaborations).toBe(6);
    expect(row(report.byForm, 'verksamhet-och-projekt')?.collaborations).toBe(13);
    expect(row(report.byTargetGroup, 'unga')).toMatchObject({ collaborations: 5, interests: 1 });
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
    expect(reportToMarkdown(later)).toContain('Regeln ”area-time-frame” är ändrad i överenskommelsens egna regelinställningar: years = 4.');
  });

  it('renders Markdown in Swedish and English with the tables a reader expects', () => {
    const sv = reportToMarkdown(report);
    expect(sv).toContain('# Årlig uppföljning 2019: Överenskommelse Malmöandan');
    // Swedish groups thousands with a non-breaking space.
    expect(sv).toContain('| Ungas hälsa och livsstil | 1 | 1 | 450\u00a0000 | 1 |');
    expect(sv).toContain('| Ungas hälsa och livsstil | MISO – Malmö Idrottsföreningars Samorganisation | Fritidsförvaltningen | fullt |');
    expect(sv).toContain('- Bidrag: +1 (+480\u00a0000 kr)');
    expect(sv).toContain('- Läxhjälp i Rosengård');
    const en = reportToMarkdown(yearlyReport(agreement, { year: 2019, interests, locale: 'en' }));
    expect(en).toContain('# Yearly follow-up 2019: The Malmöandan Agreement');
    expect(en).toContain("| Young people's health and lifestyle | 1 | 1 | 450,000 | 1 |");
    expect(en).toContain('| Equal leisure and culture | vacant | vacant | vacant |');
  });

  it('escapes data that would break a Markdown table', () => {
    const a = structuredClone(agreement);
    a.districts![0]!.label = { sv: 'Linds | <b>ängen</b>' };
    expect(reportToMarkdown(yearlyReport(a, { year: 2019 }))).toContain('| Linds \\| \\<b\\>ängen\\</b\\> |');
  });

  it('renders CSV, one row per line of every breakdown, safe to open in a spreadsheet', () => {
    const text = reportToCsv(report);
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('year,section,id,name,collaborations,grants,amount_sek,interests');
    expect(lines).toContain('2019,department,kommunstyrelsen,Kommunstyrelsen,0,1,450000,0');
    expect(lines).toContain('2019,area,stadsliv-allmanna-platser-och-lokaler,"Stadsliv, allmänna platser och lokaler",0,0,0,0');
    const rows = report.byArea.length + report.byDepartment.length + report.byForm.length + report.byTargetGroup.length + report.byDistrict.length;
    expect(lines).toHaveLength(rows + 1);
    const a = structuredClone(agreement);
    a.districts![0]!.label = { sv: '=HYPERLINK("x")' };
    expect(reportToCsv(yearlyReport(a, { year: 2019 }))).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('works on the bare preset and never includes a contact person', () => {
    const bare = yearlyReport(malmo, { year: 2018 });
    expect(bare.totals.grants).toBe(0);
    const everything = JSON.stringify(report) + reportToMarkdown(report) + reportToCsv(report);
    expect(everything).not.toMatch(/Dana|contact\.invalid|040-99/);
  });
});
