import { toDay } from '../_lib/day.js';
import { assignMinCost } from '../_lib/hungarian.js';
import { type Agreement, getCurrentPlan } from '../agreement/agreement.js';
import { currentHost, type PriorityArea } from '../area/area.js';
import type { Side } from '../hosting/hosting.js';
import { type Interest, type PublicInterest, type Resource, toPublicInterest } from '../interest/interest.js';
import { hostIneligibility } from '../hosting/eligibility.js';
import { statesAllMarkers } from '../organisation/organisation.js';
import { localize } from '../text/localize.js';
import { resolveLanguage } from '../locales/resolve.js';
import type { PartialPack } from '../locales/types.js';
import { formatList } from '../text/format.js';
import { interestName, tagOf } from './explain.js';
import { jaccard } from './jaccard.js';

/**
 * Options for {@link proposeHosts}.
 *
 * @example
 * ```ts
 * const options: ProposeOptions = { today: '2019-05-13', locale: 'en', alternatives: 2 };
 * ```
 */
export interface ProposeOptions {
  /** The day seats are vacant on: a `Date` or `YYYY-MM-DD` (anything else throws a `RangeError`). Defaults to today. */
  today?: Date | string;
  /** The language of names and reasons: a tag (`sv` by default) or a pack with `matching` and `common`. */
  locale?: string | PartialPack;
  /** How many runners-up to show per seat. Default 3. */
  alternatives?: number;
}

/**
 * A proposal for one vacant hosting seat: the chosen candidate (if any could take it), its suitability
 * from 0 to 1, the reasons in words, and the runners-up.
 *
 * @example
 * ```ts
 * const [first] = proposeHosts(malmo, interests);
 * first?.candidate?.name; // 'Kvarnby IK'
 * ```
 */
export interface HostProposal {
  area: { id: string; name: string };
  side: Side;
  candidate?: { interest: PublicInterest; name: string };
  score: number;
  reasons: string[];
  alternatives: { interest: PublicInterest; name: string; score: number }[];
}

const HOSTING_RESOURCES: readonly Resource[] = ['network', 'knowledge', 'premises'];

// Far above any real cost (suitabilities are at most 1), yet finite, so the solver's arithmetic stays exact.
const FORBIDDEN = 1e6;

/** The hosting rule as a hard constraint: who may take a seat on each side (`hostIneligibility`). */
function eligible(agreement: Agreement, interest: Interest, side: Side): boolean {
  const s = interest.stated;
  const organisation =
    s.kind === 'organisation'
      ? agreement.organisations.find((o) => o.id === s.organisation)
      : s.kind === 'new-organisation'
        ? { id: 'new-organisation', name: s.name, ...(s.legalForm ? { legalForm: s.legalForm } : {}) }
        : undefined;
  // A new organisation counts by its legal form alone; without one nothing shows it to be idéburen.
  if (s.kind === 'new-organisation' && s.legalForm === undefined) return false;
  // Seed 004: a förvaltning the data says does not collaborate with the sector (Serviceförvaltningen) is
  // no candidate for a seat whose work is that collaboration.
  if (s.kind === 'department' && agreement.departments.find((d) => d.id === s.department)?.collaboratesWithSector === false) return false;
  const executiveBoard = s.kind === 'department' && s.department === agreement.municipality.executiveBoard.id;
  const municipalBody = s.kind === 'department' && (agreement.departments.some((d) => d.id === s.department) || executiveBoard);
  return hostIneligibility(side, { organisation, municipalBody, executiveBoard }) === undefined;
}

/** What two sets share, and their Jaccard index. */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): { score: number; shared: string[] } {
  const shared = [...a].filter((t) => b.has(t));
  return { score: jaccard(shared.length, a.size, b.size), shared };
}

/** What a candidate brings to any seat, worked out once per candidate rather than once per pair. */
interface Prepared {
  interest: Interest;
  open: boolean;
  eligible: Record<Side, boolean>;
  wants: ReadonlySet<string>;
  explicit: ReadonlySet<string>;
  groups: ReadonlySet<string>;
  districts: ReadonlySet<string>;
  offered: Resource[];
}

function prepare(agreement: Agreement, interest: Interest): Prepared {
  return {
    interest,
    open: interest.wantsToHost === true && interest.consent.matching,
    eligible: { sector: eligible(agreement, interest, 'sector'), municipality: eligible(agreement, interest, 'municipality') },
    wants: new Set(interest.hostAreas ?? interest.areas),
    explicit: new Set(interest.hostAreas ?? []),
    groups: new Set(interest.targetGroups ?? []),
    districts: new Set(interest.districts ?? []),
    offered: HOSTING_RESOURCES.filter((r) => interest.offers?.includes(r)),
  };
}

interface SeatData {
  area: PriorityArea;
  side: Side;
  groups: ReadonlySet<string>;
  districts: ReadonlySet<string>;
}

/** How well a candidate suits a seat, from 0 (may not take it) to 1. */
function suitability(seat: SeatData, c: Prepared): number {
  if (!c.open || !c.eligible[seat.side] || !c.wants.has(seat.area.id)) return 0;
  let score = c.explicit.has(seat.area.id) ? 0.5 : 0.3;
  if (seat.groups.size && c.groups.size) score += 0.2 * overlap(c.groups, seat.groups).score;
  if (seat.districts.size && c.districts.size) score += 0.15 * overlap(c.districts, seat.districts).score;
  score += (0.15 * c.offered.length) / HOSTING_RESOURCES.length;
  return score;
}

/** The reasons for a pair, in words: worked out only for the pairs that are shown. */
function reasonsFor(agreement: Agreement, seat: SeatData, c: Prepared, locale: string | PartialPack): string[] {
  const l = tagOf(locale);
  const t = resolveLanguage(locale, 'matching').matching;
  const resources = resolveLanguage(locale, 'common').common.resources;
  const list = (items: readonly string[]) => formatList(items, l);
  const areaName = localize(seat.area.name, l);
  const reasons = [c.explicit.has(seat.area.id) ? t.hostWants(areaName) : t.hostInArea(areaName)];
  const groups = overlap(c.groups, seat.groups).shared;
  if (groups.length) {
    const labels = groups.map((id) => {
      const g = agreement.targetGroups?.find((x) => x.id === id);
      return g ? localize(g.label, l).toLocaleLowerCase(l) : id;
    });
    reasons.push(t.hostGroups(list(labels)));
  }
  const districts = overlap(c.districts, seat.districts).shared;
  if (districts.length) {
    const labels = districts.map((id) => {
      const d = agreement.districts?.find((x) => x.id === id);
      return d ? localize(d.label, l) : id;
    });
    reasons.push(t.hostDistricts(list(labels)));
  }
  if (c.offered.length) reasons.push(t.hostOffers(list(c.offered.map((r) => resources[r]))));
  reasons.push(seat.side === 'municipality' ? t.hostMunicipality : formallyStated(agreement, c.interest) ? t.hostSector : t.hostSectorByForm);
  return reasons;
}

/**
 * Whether the candidate's formal markers are all stated (seed 004: "stadgar, styrelse, årsmöte osv."):
 * only then is it called formally constituted. Eligibility asks less — no marker stated missing — so a
 * candidate may be proposed on its legal form alone, and is described so.
 */
function formallyStated(agreement: Agreement, interest: Interest): boolean {
  const s = interest.stated;
  const org = s.kind === 'organisation' ? agreement.organisations.find((o) => o.id === s.organisation) : undefined;
  return org !== undefined && statesAllMarkers(org);
}

/**
 * Proposes hosts for every vacant hosting seat of the current plan's active and planned areas, from the
 * interests that want to host. The hosting rule is a hard constraint — an idéburen organisation for the
 * sector's seat, a department for the municipality's — and a candidate takes at most one seat: when
 * candidates compete across areas, the Hungarian algorithm finds the assignment with the best total
 * suitability. Each proposal says why it was chosen and lists the runners-up; none carries a contact.
 *
 * @example
 * ```ts
 * import { proposeHosts } from '@samverkan/core';
 * import { malmo } from '@samverkan/core/presets/malmo';
 *
 * for (const p of proposeHosts(malmo, interests, { today: '2019-05-13' })) {
 *   console.log(p.area.name, p.side, p.candidate?.name ?? '—', p.reasons.join(' '));
 * }
 * ```
 */
export function proposeHosts(agreement: Agreement, interests: readonly Interest[], options: ProposeOptions = {}): HostProposal[] {
  const language = options.locale ?? 'sv';
  const l = tagOf(language);
  const today = toDay(options.today);
  const plan = getCurrentPlan(agreement);
  if (!plan) return [];
  const seats: SeatData[] = [];
  for (const area of plan.areas) {
    if (area.status === 'concluded') continue;
    for (const side of ['sector', 'municipality'] as const) {
      if (!currentHost(area, side, today)) seats.push({ area, side, groups: new Set(area.targetGroups ?? []), districts: new Set(area.districts ?? []) });
    }
  }
  const candidates = interests.map((interest) => prepare(agreement, interest));
  const rows = seats.length;
  const cols = candidates.length;
  const scores = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) scores[r * cols + c] = suitability(seats[r]!, candidates[c]!);
  // Least cost = most suitability. Each seat also gets a column of its own, "stay vacant", at cost 0, and
  // an ineligible pair is forbidden. (Pricing ineligible pairs at 0 instead gives the same optimum, but a
  // plateau of equal costs that makes the search slow.)
  const width = cols + rows;
  const cost = new Float64Array(rows * width).fill(FORBIDDEN);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const score = scores[r * cols + c]!;
      if (score > 0) cost[r * width + c] = -score;
    }
    cost[r * width + cols + r] = 0;
  }
  const solved = rows ? assignMinCost(cost, rows, width) : new Int32Array(0);
  const chosen = Int32Array.from(solved, (c) => (c < cols ? c : -1));
  const wanted = options.alternatives ?? 3;

  return seats.map((seat, r) => {
    const c = chosen[r]!;
    const score = c >= 0 ? scores[r * cols + c]! : 0;
    const alternatives: { interest: Interest; k: number; score: number }[] = [];
    for (let k = 0; k < cols; k++) {
      const score = scores[r * cols + k]!;
      if (score > 0 && k !== c) alternatives.push({ interest: interests[k]!, k, score });
    }
    const shown = alternatives
      .sort((a, b) => b.score - a.score || (a.interest.id < b.interest.id ? -1 : 1))
      .slice(0, wanted)
      .map((x) => ({ interest: toPublicInterest(x.interest), name: interestName(x.interest, { agreement, locale: l }), score: x.score }));
    const base = { area: { id: seat.area.id, name: localize(seat.area.name, l) }, side: seat.side, alternatives: shown };
    if (c < 0 || score <= 0) return { ...base, score: 0, reasons: [resolveLanguage(language, 'matching').matching.hostNone] };
    const interest = interests[c]!;
    return {
      ...base,
      candidate: { interest: toPublicInterest(interest), name: interestName(interest, { agreement, locale: l }) },
      score,
      reasons: reasonsFor(agreement, seat, candidates[c]!, language),
    };
  });
}
