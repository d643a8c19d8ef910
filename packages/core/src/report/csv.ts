import { csv } from '../_lib/csv.js';
import type { ReportRow, YearlyReport } from './yearly-report.js';

/**
 * Renders a yearly report's breakdowns as one CSV table: `year,section,id,name,collaborations,grants,amount_sek,interests`.
 * The sections are `area`, `department`, `executive_board` (a nämnd, not a förvaltning: its own
 * section), `form`, `target_group` and `district`.
 *
 * @example
 * ```ts
 * writeFileSync('uppfoljning-2019.csv', reportToCsv(yearlyReport(malmo, { year: 2019 })));
 * ```
 */
export function reportToCsv(report: YearlyReport): string {
  const sections: [string, readonly ReportRow[]][] = [
    ['area', report.byArea],
    ['department', report.byDepartment],
    ['executive_board', [report.executiveBoard]],
    ['form', report.byForm],
    ['target_group', report.byTargetGroup],
    ['district', report.byDistrict],
  ];
  return csv(
    ['year', 'section', 'id', 'name', 'collaborations', 'grants', 'amount_sek', 'interests'],
    sections.flatMap(([section, rows]) => rows.map((r) => [report.year, section, r.id, r.name, r.collaborations, r.grants, r.amountSek, r.interests])),
  );
}
