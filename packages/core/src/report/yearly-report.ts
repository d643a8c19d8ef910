import { actorNames } from '../agreement/actor-names.js';
import { type Agreement, getCurrentPlan } from '../agreement/agreement.js';
import { currentHost } from '../area/area.js';
import type { Collaboration } from '../collaboration/collaboration.js';
import type { AmountPrecision, Grant, GrantTotal } from '../grant/grant.js';
import type { Interest } from '../interest/interest.js';
import type { Issue } from '../issue/issue.js';
import { localize } from '../text/localize.js';
import type { LocalizedText } from '../text/text.js';
import { uses } from '../organising/ways.js';
import { validateAgreement, type ValidationResult } from '../validate/validate.js';

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
 * An amount as a source states it: exact, more than, about, or a range (`amountSekMax` its upper end; an
 * approximate amount may have one too, when it sums a range).
 *
 * @example
 * ```ts
 * const a: ReportAmount = { amountSek: 70_000_000, precision: 'more-than' }; // "drygt 70 miljoner"
 * ```
 */
export interface ReportAmount {
  amountSek: number;
  amountSekMax?: number;
  precision: AmountPrecision;
}

/**
 * A grantor's total for the year as the agreement states it, with its precision (seed 004 states 2018's
 * so: "109,7 miljoner", "drygt 70 miljoner", "cirka 12,5 miljoner", "200 000–300 000 kronor").
 *
 * @example
 * ```ts
 * const t: ReportGrantTotal = { grantor: 'kulturforvaltningen', name: 'Kulturförvaltningen', amountSek: 70_000_000, precision: 'more-than' };
 * ```
 */
export interface ReportGrantTotal extends ReportAmount {
  grantor: string;
  name: string;
  /** The grant categories it covers, by name, where the source says. */
  categories?: string[];
  /** How many organisations received it, where the source says. */
  recipients?: number;
  /** The agreement's note on it (what kind of payment it is, for example), in the report's language. */
  note?: string;
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
  /**
   * The year's counts: collaborations active in the year (dated ones only), the grants recorded one by one
   * that start in it, and interests submitted in it.
   */
  totals: { collaborations: number; newCollaborations: number; grants: number; amountSek: number; interests: number };
  /** Each grantor's total for the year as the agreement states it, with its precision. */
  grantTotals: ReportGrantTotal[];
  /** The grant totals together: the sum of their lower ends, as precise as the least precise of them; absent without totals. */
  grantTotalsSum?: ReportAmount;
  /**
   * Collaborations the agreement holds with no year: examples, not the year's work (seed 004 calls its
   * examples "ingen fullständig inventering"). They are in no count.
   */
  undatedExamples: string[];
  byArea: ReportRow[];
  /** Per förvaltning. The executive board, a nämnd and not a förvaltning, has its own row in `executiveBoard`. */
  byDepartment: ReportRow[];
  executiveBoard: ReportRow;
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
  /**
   * The agreement's validation on the year's last day, when the caller already has it (the CLI does):
   * the report takes its open issues from it instead of validating the agreement again.
   */
  validation?: Pick<ValidationResult, 'issues'>;
}

interface YearData {
  collaborations: Collaboration[];
  newCollaborations: Collaboration[];
  grants: Grant[];
  interests: Interest[];
}

// A collaboration counts in a year only when it was active in it: from the year it began to the last
// year it was active, if it has ended. One with no year is an example, not the year's work — seed 004
// gives its examples as "ingen fullständig inventering" — and counts in no year. A grant counts in the
// year it starts, with its whole amount; an interest in the year it was submitted.
function yearData(agreement: Agreement, input: ReportInput, year: number): YearData {
  const collaborations = (input.collaborations ?? agreement.collaborations).filter(
    (c) => c.since !== undefined && c.since <= year && (c.until === undefined || c.until >= year),
  );
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
 * Amounts stated with different precisions, added up honestly: the lower ends summed, with an upper end
 * where any is a range; exact only when all are, "more than" when none is approximate, else "about".
 */
function sumAmounts(amounts: readonly ReportAmount[]): ReportAmount {
  const low = amounts.reduce((s, a) => s + a.amountSek, 0);
  const high = amounts.reduce((s, a) => s + (a.amountSekMax ?? a.amountSek), 0);
  const has = (p: AmountPrecision) => amounts.some((a) => a.precision === p);
  const precision: AmountPrecision = has('approximate') ? 'approximate' : has('more-than') ? 'more-than' : has('range') ? 'range' : 'exact';
  return { amountSek: low, ...(high !== low && precision !== 'more-than' ? { amountSekMax: high } : {}), precision };
}

function grantTotal(t: GrantTotal, nameOf: (id: string) => string, categoryName: (id: string) => string, L: (t: LocalizedText) => string): ReportGrantTotal {
  return {
    grantor: t.grantor,
    name: nameOf(t.grantor),
    amountSek: t.amountSek,
    ...(t.amountSekMax !== undefined ? { amountSekMax: t.amountSekMax } : {}),
    precision: t.precision,
    ...(t.categories ? { categories: t.categories.map(categoryName) } : {}),
    ...(t.recipients !== undefined ? { recipients: t.recipients } : {}),
    ...(t.note ? { note: L(t.note) } : {}),
  };
}

/**
 * Builds the yearly follow-up for a year. Pure data: render it with {@link reportToMarkdown} or
 * {@link reportToCsv}. No contact person is ever part of it. The open issues come from
 * `input.validation` when given, else from validating the agreement on the year's last day.
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
  const isDept = (id: string) => (c: Collaboration) => c.partners.some((p) => p.kind === 'department' && p.ref === id);
  const bodyRow = (id: string, name: string) =>
    row(id, name, data, { c: isDept(id), g: (g) => g.grantor === id, i: (i) => i.stated.kind === 'department' && i.stated.department === id });

  const byArea = areas.map((a) =>
    row(a.id, L(a.name), data, { c: (c) => c.areas?.includes(a.id) ?? false, g: (g) => g.area === a.id, i: (i) => i.areas.includes(a.id) }),
  );
  // The executive board is a nämnd over the förvaltningar, not one of them (seed 003): its own row.
  const byDepartment = agreement.departments.map((d) => bodyRow(d.id, L(d.name)));
  const board = agreement.municipality.executiveBoard;
  const executiveBoard = bodyRow(board.id, L(board.name));
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
  const validation = input.validation ?? validateAgreement(agreement, { today: end, locale: l });
  const categoryName = (id: string) => {
    const c = agreement.grantCategories.find((g) => g.id === id);
    return c ? L(c.name) : id;
  };
  // Seed 004 gives 2018's grants as each förvaltning's total, not grant by grant: the totals as stated.
  const grantTotals = (agreement.grantTotals ?? []).filter((t) => t.year === year).map((t) => grantTotal(t, nameOf, categoryName, L));
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
    grantTotals,
    ...(grantTotals.length ? { grantTotalsSum: sumAmounts(grantTotals) } : {}),
    undatedExamples: (input.collaborations ?? agreement.collaborations).filter((c) => c.since === undefined).map((c) => L(c.name)),
    byArea,
    byDepartment,
    executiveBoard,
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
