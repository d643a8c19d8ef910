import { formatNumber } from '../text/format.js';
import { resolveLanguage } from '../locales/resolve.js';
import type { ReportAmount, ReportRow, YearlyReport } from './yearly-report.js';

// Table cells are text from data: escape what Markdown would read as structure.
function cell(text: string | number): string {
  return String(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/([<>*_`[\]])/g, '\\$1');
}

function signed(n: number, locale: string): string {
  return `${n > 0 ? '+' : n < 0 ? '−' : '±'}${formatNumber(Math.abs(n), locale)}`;
}

/**
 * Renders a yearly report as Markdown, in the report's language: the wording of its pack (Swedish or
 * English built in; another language falls back along its chain), numbers written by `Intl` for it.
 * Amounts stated as totals keep their precision ("mer än 70 000 000 kr", "cirka 12 500 000 kr").
 *
 * @example
 * ```ts
 * writeFileSync('uppfoljning-2019.md', reportToMarkdown(yearlyReport(malmo, { year: 2019 })));
 * ```
 */
export function reportToMarkdown(report: YearlyReport): string {
  const l = report.locale;
  const t = resolveLanguage(l, 'report').report;
  const num = (n: number) => formatNumber(n, l);
  const amount = (a: ReportAmount) => {
    const high = a.amountSekMax !== undefined && a.amountSekMax !== a.amountSek ? num(a.amountSekMax) : undefined;
    if (a.precision === 'range') return t.amountAs.range(num(a.amountSek), high ?? num(a.amountSek));
    if (a.precision === 'approximate') return t.amountAs.approximate(num(a.amountSek), high);
    return t.amountAs[a.precision](num(a.amountSek));
  };
  const table = (title: string, rows: readonly ReportRow[]) => [
    `## ${title}`,
    '',
    `| ${t.name} | ${t.collaborations} | ${t.grants} | ${t.amount} | ${t.interests} |`,
    '|---|--:|--:|--:|--:|',
    ...rows.map((r) => `| ${cell(r.name)} | ${num(r.collaborations)} | ${num(r.grants)} | ${num(r.amountSek)} | ${num(r.interests)} |`),
    '',
  ];
  const bullet = (items: readonly string[]) => (items.length ? items.map((i) => `- ${cell(i)}`) : [t.nothing]);
  const totals = report.grantTotals.map((g) => {
    const extra = [
      ...(g.categories?.length ? [g.categories.join(', ')] : []),
      ...(g.recipients !== undefined ? [t.recipients(num(g.recipients))] : []),
      ...(g.note ? [g.note] : []),
    ];
    return `- ${cell(g.name)}: ${amount(g)}${extra.length ? ` (${cell(extra.join('; '))})` : ''}`;
  });
  const lines = [
    t.title(cell(report.agreement.name), report.year),
    '',
    t.intro(cell(report.agreement.publicParty), cell(report.agreement.executiveBoard)),
    '',
    `## ${t.totals}`,
    '',
    `- ${t.collaborations}: ${num(report.totals.collaborations)} (${t.newCollaborations} ${num(report.totals.newCollaborations)})`,
    ...(report.grantTotalsSum ? [`- ${t.grantTotals}: ${amount(report.grantTotalsSum)}`] : []),
    `- ${t.singleGrants}: ${num(report.totals.grants)}, ${num(report.totals.amountSek)} ${t.currency}`,
    `- ${t.interests}: ${num(report.totals.interests)}`,
    '',
    ...(totals.length ? [`## ${t.grantTotals}`, '', t.grantTotalsNote, '', ...totals, ''] : []),
    ...table(t.byArea, report.byArea),
    ...table(t.byDepartment, report.byDepartment),
    ...table(t.executiveBoard(cell(report.executiveBoard.name)), [report.executiveBoard]),
    ...table(t.byForm, report.byForm),
    ...table(t.byTargetGroup, report.byTargetGroup),
    ...table(t.byDistrict, report.byDistrict),
    ...(report.agreement.usesHosting
      ? [
          `## ${t.hosting}`,
          '',
          `| ${t.area} | ${t.sector} | ${t.municipality} | ${t.status} |`,
          '|---|---|---|---|',
          ...report.hosting.map((h) => `| ${cell(h.area)} | ${cell(h.sector ?? t.vacant)} | ${cell(h.municipality ?? t.vacant)} | ${t.statuses[h.status]} |`),
          '',
        ]
      : []),
    ...(report.undatedExamples.length ? [`## ${t.undated}`, '', t.undatedNote, '', ...bullet(report.undatedExamples), ''] : []),
    `## ${t.changes}`,
    '',
    `- ${t.collaborations}: ${signed(report.changes.collaborations, l)}`,
    `- ${t.singleGrants}: ${signed(report.changes.grants, l)} (${signed(report.changes.amountSek, l)} ${t.currency})`,
    `- ${t.interests}: ${signed(report.changes.interests, l)}`,
    '',
    `### ${t.newList}`,
    '',
    ...bullet(report.changes.newCollaborations),
    '',
    ...(report.agreement.usesHosting
      ? [`### ${t.started}`, '', ...bullet(report.changes.hostingStarted), '', `### ${t.ended}`, '', ...bullet(report.changes.hostingEnded), '']
      : []),
    `## ${t.issues}`,
    '',
    ...(report.issues.length ? report.issues.map((i) => `- **${t.severity[i.severity]}** (\`${i.code}\`): ${cell(i.message)}`) : [t.noIssues]),
    '',
  ];
  return lines.join('\n');
}
