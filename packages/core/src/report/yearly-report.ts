import { formatNumber } from '../text/format.js';
import { actorNames } from '../agreement/actor-names.js';
import { csv } from '../_lib/csv.js';
import { type Agreement, getCurrentPlan } from '../agreement/agreement.js';
import { currentHost } from '../area/area.js';
import type { Collaboration } from '../collaboration/collaboration.js';
import type { Grant } from '../grant/grant.js';
import type { Interest } from '../interest/interest.js';
import type { Issue } from '../issue/issue.js';
import { resolveLanguage } from '../locales/resolve.js';
import { localize } from '../text/localize.js';
import { uses } from '../organising/ways.js';
import { validateAgreement } from '../validate/validate.js';

/**
 * One line of a breakdown: a thing (area, department, form, target group, district) with what the year
 * holds for it.
 *
 * @example
 * ```ts
 * const row: ReportRow = { id: 'rosengard', name: 'Rosengård', collaborations: 2, grants: 0, amountSek: 0, interests: 3 };
 * ```
 */
export interface ReportRow {
  id: string;
  name: string;
  collaborations: number;
  grants: number;
  amountSek: number;
  interests: number;
}

/**
 * The hosting of one area at the end of the year: who holds each seat, or nobody.
 *
 * @example
 * ```ts
 * const h: HostingStatus = { area: 'Jämlik fritid och kultur', sector: null, municipality: 'Fritidsförvaltningen', status: 'partial' };
 * ```
 */
export interface HostingStatus {
  areaId: string;
  area: string;
  sector: string | null;
  municipality: string | null;
  status: 'complete' | 'partial' | 'vacant';
}

/**
 * Årlig uppföljning: the yearly follow-up of the collaboration that Malmö stad owes the kommunstyrelsen
 * (seed 003) — counts and sums per area, department, form of collaboration, target group and district,
 * hosting per area, what changed since the year before, and the open rule issues.
 *
 * @example
 * ```ts
 * const report: YearlyReport = yearlyReport(malmo, { year: 2019 });
 * report.totals.collaborations;
 * ```
 */
export interface YearlyReport {
  /** The agreement, its executive board by name, and whether it organises its work by värdskap (else `hosting` is empty). */
  agreement: { id: string; name: string; publicParty: string; executiveBoard: string; usesHosting: boolean };
  year: number;
  /** The language tag the report was made for; its names and messages are in that language, or Swedish where they have none. */
  locale: string;
  totals: { collaborations: number; newCollaborations: number; grants: number; amountSek: number; interests: number };
  byArea: ReportRow[];
  byDepartment: ReportRow[];
  byForm: ReportRow[];
  byTargetGroup: ReportRow[];
  byDistrict: ReportRow[];
  hosting: HostingStatus[];
  changes: {
    collaborations: number;
    grants: number;
    amountSek: number;
    interests: number;
    newCollaborations: string[];
    hostingStarted: string[];
    hostingEnded: string[];
  };
  /** The errors and warnings the agreement's rules report at the year's end. */
  issues: Issue[];
}

/**
 * What goes into a report besides the agreement. Collaborations and grants default to the agreement's
 * own; interests are counted by the year they were submitted.
 *
 * @example
 * ```ts
 * const input: ReportInput = { year: 2019, interests, locale: 'en' };
 * ```
 */
export interface ReportInput {
  year: number;
  collaborations?: readonly Collaboration[];
  grants?: readonly Grant[];
  interests?: readonly Interest[];
  locale?: 'sv' | 'en' | (string & {});
}

interface YearData {
  collaborations: Collaboration[];
  newCollaborations: Collaboration[];
  grants: Grant[];
  interests: Interest[];
}

// A collaboration counts from the year it began (or always, when that is not known); a grant in the
// year it starts, with its whole amount; an interest in the year it was submitted.
function yearData(agreement: Agreement, input: ReportInput, year: number): YearData {
  const collaborations = (input.collaborations ?? agreement.collaborations).filter((c) => c.since === undefined || c.since <= year);
  return {
    collaborations,
    newCollaborations: collaborations.filter((c) => c.since === year),
    grants: (input.grants ?? agreement.grants ?? []).filter((g) => Number(g.from.slice(0, 4)) === year),
    interests: (input.interests ?? []).filter((i) => i.submitted !== undefined && Number(i.submitted.slice(0, 4)) === year),
  };
}

function row(id: string, name: string, data: YearData, has: { c: (c: Collaboration) => boolean; g: (g: Grant) => boolean; i: (i: Interest) => boolean }): ReportRow {
  const grants = data.grants.filter(has.g);
  return {
    id,
    name,
    collaborations: data.collaborations.filter(has.c).length,
    grants: grants.length,
    amountSek: grants.reduce((s, g) => s + g.amountSek, 0),
    interests: data.interests.filter(has.i).length,
  };
}

const none = () => false;

/**
 * Builds the yearly follow-up for a year. Pure data: render it with {@link reportToMarkdown} or
 * {@link reportToCsv}. No contact person is ever part of it.
 *
 * @example
 * ```ts
 * import { yearlyReport, reportToMarkdown } from '@samverkan/core';
 * import { malmo } from '@samverkan/core/presets/malmo';
 *
 * const report = yearlyReport(malmo, { year: 2019, interests });
 * console.log(reportToMarkdown(report));
 * ```
 */
export function yearlyReport(agreement: Agreement, input: ReportInput): YearlyReport {
  const l = input.locale ?? 'sv';
  const year = input.year;
  const data = yearData(agreement, input, year);
  const before = yearData(agreement, input, year - 1);
  const L = (t: Parameters<typeof localize>[0]) => localize(t, l);
  const areas = agreement.plans.flatMap((p) => p.areas).filter((a, i, all) => all.findIndex((b) => b.id === a.id) === i);
  const bodies = [
    ...agreement.departments.map((d) => ({ id: d.id, name: L(d.name) })),
    { id: agreement.municipality.executiveBoard.id, name: L(agreement.municipality.executiveBoard.name) },
  ];
  const isDept = (id: string) => (c: Collaboration) => c.partners.some((p) => p.kind === 'department' && p.ref === id);

  const byArea = areas.map((a) =>
    row(a.id, L(a.name), data, { c: (c) => c.areas?.includes(a.id) ?? false, g: (g) => g.area === a.id, i: (i) => i.areas.includes(a.id) }),
  );
  const byDepartment = bodies.map((d) =>
    row(d.id, d.name, data, { c: isDept(d.id), g: (g) => g.grantor === d.id, i: (i) => i.stated.kind === 'department' && i.stated.department === d.id }),
  );
  const byForm = agreement.collaborationForms.map((f) =>
    row(f.id, L(f.name), data, { c: (c) => c.forms.includes(f.id), g: none, i: (i) => i.forms?.includes(f.id) ?? false }),
  );
  const byTargetGroup = (agreement.targetGroups ?? []).map((t) =>
    row(t.id, L(t.label), data, { c: (c) => c.targetGroups?.includes(t.id) ?? false, g: none, i: (i) => i.targetGroups?.includes(t.id) ?? false }),
  );
  const byDistrict = (agreement.districts ?? []).map((d) =>
    row(d.id, L(d.label), data, { c: (c) => c.districts?.includes(d.id) ?? false, g: none, i: (i) => i.districts?.includes(d.id) ?? false }),
  );

  const end = `${year}-12-31`;
  const names = actorNames(agreement, l);
  const nameOf = (id: string) => names.get(id) ?? id;
  const plan = getCurrentPlan(agreement);
  const usesHosting = uses(agreement, 'hosting');
  // Without värdskap there are no seats, so nothing is vacant and the hosting table is left out.
  const hosting: HostingStatus[] = (usesHosting ? (plan?.areas ?? []) : []).map((a) => {
    const s = currentHost(a, 'sector', end);
    const m = currentHost(a, 'municipality', end);
    return {
      areaId: a.id,
      area: L(a.name),
      sector: s ? nameOf(s.host) : null,
      municipality: m ? nameOf(m.host) : null,
      status: s && m ? 'complete' : s || m ? 'partial' : 'vacant',
    };
  });
  const seats = usesHosting ? agreement.plans.flatMap((p) => p.areas.flatMap((a) => (a.hosts ?? []).map((h) => ({ a, h })))) : [];
  const inYear = (d: string | undefined) => d !== undefined && d.slice(0, 4) === String(year);
  const seatText = ({ a, h }: (typeof seats)[number]) => `${nameOf(h.host)} – ${L(a.name)}`;

  const sum = (gs: readonly Grant[]) => gs.reduce((s, g) => s + g.amountSek, 0);
  const validation = validateAgreement(agreement, { today: end, locale: l });
  return {
    agreement: { id: agreement.id, name: L(agreement.name), publicParty: agreement.municipality.name, executiveBoard: L(agreement.municipality.executiveBoard.name), usesHosting },
    year,
    locale: l,
    totals: {
      collaborations: data.collaborations.length,
      newCollaborations: data.newCollaborations.length,
      grants: data.grants.length,
      amountSek: sum(data.grants),
      interests: data.interests.length,
    },
    byArea,
    byDepartment,
    byForm,
    byTargetGroup,
    byDistrict,
    hosting,
    changes: {
      collaborations: data.collaborations.length - before.collaborations.length,
      grants: data.grants.length - before.grants.length,
      amountSek: sum(data.grants) - sum(before.grants),
      interests: data.interests.length - before.interests.length,
      newCollaborations: data.newCollaborations.map((c) => L(c.name)),
      hostingStarted: seats.filter((s) => inYear(s.h.from)).map(seatText),
      hostingEnded: seats.filter((s) => inYear(s.h.to)).map(seatText),
    },
    // Open errors and warnings, and what the data exempts itself from (rules switched off or changed).
    issues: validation.issues.filter((i) => i.severity !== 'info' || i.code === 'rule_disabled' || i.code === 'rule_adjusted'),
  };
}

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
  const table = (title: string, rows: readonly ReportRow[]) => [
    `## ${title}`,
    '',
    `| ${t.name} | ${t.collaborations} | ${t.grants} | ${t.amount} | ${t.interests} |`,
    '|---|--:|--:|--:|--:|',
    ...rows.map((r) => `| ${cell(r.name)} | ${num(r.collaborations)} | ${num(r.grants)} | ${num(r.amountSek)} | ${num(r.interests)} |`),
    '',
  ];
  const bullet = (items: readonly string[]) => (items.length ? items.map((i) => `- ${cell(i)}`) : [t.nothing]);
  const lines = [
    t.title(cell(report.agreement.name), report.year),
    '',
    t.intro(cell(report.agreement.publicParty), cell(report.agreement.executiveBoard)),
    '',
    `## ${t.totals}`,
    '',
    `- ${t.collaborations}: ${num(report.totals.collaborations)} (${t.newCollaborations} ${num(report.totals.newCollaborations)})`,
    `- ${t.grants}: ${num(report.totals.grants)}, ${num(report.totals.amountSek)} ${t.currency}`,
    `- ${t.interests}: ${num(report.totals.interests)}`,
    '',
    ...table(t.byArea, report.byArea),
    ...table(t.byDepartment, report.byDepartment),
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
    `## ${t.changes}`,
    '',
    `- ${t.collaborations}: ${signed(report.changes.collaborations, l)}`,
    `- ${t.grants}: ${signed(report.changes.grants, l)} (${signed(report.changes.amountSek, l)} ${t.currency})`,
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

/**
 * Renders a yearly report's breakdowns as one CSV table: `section,id,name,collaborations,grants,amount_sek,interests`.
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
    ['form', report.byForm],
    ['target_group', report.byTargetGroup],
    ['district', report.byDistrict],
  ];
  return csv(
    ['year', 'section', 'id', 'name', 'collaborations', 'grants', 'amount_sek', 'interests'],
    sections.flatMap(([section, rows]) => rows.map((r) => [report.year, section, r.id, r.name, r.collaborations, r.grants, r.amountSek, r.interests])),
  );
}
