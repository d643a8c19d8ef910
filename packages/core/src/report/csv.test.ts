import { describe, expect, it } from 'vitest';
import { malmoWithActivity } from '../../test/fixtures.js';
import { reportToCsv } from './csv.js';
import { yearlyReport } from './yearly-report.js';

describe('reportToCsv', () => {
  const { agreement, interests } = malmoWithActivity();
  const report = yearlyReport(agreement, { year: 2019, interests });

  it('renders one row per line of every breakdown, the executive board in a section of its own', () => {
    const lines = reportToCsv(report).trimEnd().split('\r\n');
    expect(lines[0]).toBe('year,section,id,name,collaborations,grants,amount_sek,interests');
    expect(lines).toContain('2019,executive_board,kommunstyrelsen,Kommunstyrelsen,0,1,450000,0');
    expect(lines.some((l) => l.startsWith('2019,department,kommunstyrelsen'))).toBe(false);
    expect(lines).toContain('2019,area,stadsliv-allmanna-platser-och-lokaler,"Stadsliv, allmänna platser och lokaler",0,0,0,0');
    const rows = report.byArea.length + report.byDepartment.length + report.byForm.length + report.byTargetGroup.length + report.byDistrict.length;
    expect(lines).toHaveLength(rows + 2); // the header and the executive board's row
  });

  it('is safe to open in a spreadsheet and holds no contact person', () => {
    const a = structuredClone(agreement);
    a.districts![0]!.label = { sv: '=HYPERLINK("x")' };
    expect(reportToCsv(yearlyReport(a, { year: 2019 }))).toContain(`"'=HYPERLINK(""x"")"`);
    expect(reportToCsv(report)).not.toMatch(/Dana|contact\.invalid|040-99/);
  });
});
