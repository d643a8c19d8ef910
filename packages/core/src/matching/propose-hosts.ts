import { format } from 'date-fns';
import { assignMinCost } from '../_lib/hungarian.js';
import { type Agreement, getCurrentPlan } from '../agreement/agreement.js';
import { currentHost, type PriorityArea } from '../area/area.js';
import type { Side } from '../hosting/hosting.js';
import { type Interest, type PublicInterest, type Resource, toPublicInterest } from '../interest/interest.js';
import { isIdeburen, isInformal } from '../organisation/organisation.js';
import { localize } from '../text/text.js';
import { interestName } from './explain.js';

/**
 * Options for {@link proposeHosts}.
 *
 * @example
 * ```ts
 * const options: ProposeOptions = { today: '2019-05-13', locale: 'en', alternatives: 2 };
 * ```
 */
export interface ProposeOptions {
  /** The day seats are vacant on: a `Date` or `YYYY-MM-DD`. Defaults to today. */
  today?: Date | string;
  locale?: 'sv' | 'en' | (string & {});
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

const TEXT = {
  sv: {
    wants: (area: string) => `Vill vara värd för ${area}.`,
    inArea: (area: string) => `Arbetar inom ${area} och vill vara värd.`,
    groups: (g: string) => `Arbetar med ${g}, som området riktar sig till.`,
    districts: (d: string) => `Finns i ${d}.`,
    offers: (r: string) => `Erbjuder ${r}, som ett värdskap behöver.`,
    sector: 'Är en formellt bildad idéburen organisation.',
    municipality: 'Är en förvaltning.',
    none: 'Ingen som vill vara värd uppfyller värdskapets krav för den här platsen.',
    resources: { network: 'nätverk', knowledge: 'kunskap', premises: 'lokaler' } as Record<string, string>,
    and: 'och',
  },
  en: {
    wants: (area: string) => `Wants to host ${area}.`,
    inArea: (area: string) => `Works on ${area} and wants to host.`,
    groups: (g: string) => `Works with ${g}, whom the area is for.`,
    districts: (d: string) => `Is active in ${d}.`,
    offers: (r: string) => `Offers ${r}, which hosting needs.`,
    sector: 'Is a formally constituted idéburen organisation.',
    municipality: 'Is a department.',
    none: 'No one who wants to host meets the hosting rule for this seat.',
    resources: { network: 'a network', knowledge: 'knowledge', premises: 'premises' } as Record<string, string>,
    and: 'and',
  },
} as const;

const SECTOR_FORMS = new Set(['non-profit-association', 'economic-association', 'foundation', 'religious-community']);

/** The hosting rule as a hard constraint: who may take a seat on each side (seeds 003, 004). */
function eligible(agreement: Agreement, interest: Interest, side: Side): boolean {
  const s = interest.stated;
  if (side === 'municipality') return s.kind === 'department' && agreement.departments.some((d) => d.id === s.department);
  if (s.kind === 'organisation') {
    const org = agreement.organisations.find((o) => o.id === s.organisation);
    return !!org && isIdeburen(org) && !isInformal(org);
  }
  return s.kind === 'new-organisation' && s.legalForm !== undefined && SECTOR_FORMS.has(s.legalForm);
}

function jaccard(a: readonly string[] | undefined, b: readonly string[] | undefined): { score: number; shared: string[] } {
  const x = new Set(a ?? []);
  const y = new Set(b ?? []);
  const shared = [...x].filter((t) => y.has(t));
  const union = new Set([...x, ...y]).size;
  return { score: union ? shared.length / union : 0, shared };
}

/** How well an interest suits a seat (0 when it may not take it), and why. */
function suitability(agreement: Agreement, area: PriorityArea, side: Side, interest: Interest, l: 'sv' | 'en'): { score: number; reasons: string[] } {
  const wants = interest.hostAreas ?? interest.areas;
  if (!interest.wantsToHost || !interest.consent.matching || !wants.includes(area.id) || !eligible(agreement, interest, side)) {
    return { score: 0, reasons: [] };
  }
  const t = TEXT[l];
  const areaName = localize(area.name, l);
  const explicit = interest.hostAreas?.includes(area.id) ?? false;
  const reasons = [explicit ? t.wants(areaName) : t.inArea(areaName)];
  let score = explicit ? 0.5 : 0.3;
  const groups = jaccard(interest.targetGroups, area.targetGroups);
  if (groups.shared.length) {
    score += 0.2 * groups.score;
    const labels = groups.shared.map((id) => {
      const g = agreement.targetGroups?.find((x) => x.id === id);
      return g ? localize(g.label, l).toLocaleLowerCase(l) : id;
    });
    reasons.push(t.groups(labels.join(` ${t.and} `)));
  }
  const districts = jaccard(interest.districts, area.districts);
  if (districts.shared.length) {
    score += 0.15 * districts.score;
    const labels = districts.shared.map((id) => {
      const d = agreement.districts?.find((x) => x.id === id);
      return d ? localize(d.label, l) : id;
    });
    reasons.push(t.districts(labels.join(` ${t.and} `)));
  }
  const offered = HOSTING_RESOURCES.filter((r) => interest.offers?.includes(r));
  if (offered.length) {
    score += (0.15 * offered.length) / HOSTING_RESOURCES.length;
    reasons.push(t.offers(offered.map((r) => t.resources[r]).join(` ${t.and} `)));
  }
  reasons.push(side === 'sector' ? t.sector : t.municipality);
  return { score, reasons };
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
  const l = options.locale?.toLowerCase().split('-')[0] === 'en' ? 'en' : 'sv';
  const today = options.today === undefined ? format(new Date(), 'yyyy-MM-dd') : typeof options.today === 'string' ? options.today : format(options.today, 'yyyy-MM-dd');
  const plan = getCurrentPlan(agreement);
  if (!plan) return [];
  const seats: { area: PriorityArea; side: Side }[] = [];
  for (const area of plan.areas) {
    if (area.status === 'concluded') continue;
    for (const side of ['sector', 'municipality'] as const) if (!currentHost(area, side, today)) seats.push({ area, side });
  }
  const rows = seats.length;
  const cols = interests.length;
  const scores = new Float64Array(rows * cols);
  const reasons: string[][] = new Array(rows * cols);
  seats.forEach((seat, r) =>
    interests.forEach((interest, c) => {
      const s = suitability(agreement, seat.area, seat.side, interest, l);
      scores[r * cols + c] = s.score;
      reasons[r * cols + c] = s.reasons;
    }),
  );
  // Least cost = most suitability; an ineligible pair costs the same as leaving the seat vacant.
  const cost = new Float64Array(rows * cols);
  for (let k = 0; k < cost.length; k++) cost[k] = -scores[k]!;
  const chosen = rows && cols ? assignMinCost(cost, rows, cols) : new Int32Array(rows).fill(-1);
  const wanted = options.alternatives ?? 3;

  return seats.map((seat, r) => {
    const c = chosen[r]!;
    const score = c >= 0 ? scores[r * cols + c]! : 0;
    const alternatives = interests
      .map((interest, k) => ({ interest, k, score: scores[r * cols + k]! }))
      .filter((x) => x.score > 0 && x.k !== c)
      .sort((a, b) => b.score - a.score || (a.interest.id < b.interest.id ? -1 : 1))
      .slice(0, wanted)
      .map((x) => ({ interest: toPublicInterest(x.interest), name: interestName(x.interest, agreement, l), score: x.score }));
    const base = { area: { id: seat.area.id, name: localize(seat.area.name, l) }, side: seat.side, alternatives };
    if (c < 0 || score <= 0) return { ...base, score: 0, reasons: [TEXT[l].none] };
    const interest = interests[c]!;
    return {
      ...base,
      candidate: { interest: toPublicInterest(interest), name: interestName(interest, agreement, l) },
      score,
      reasons: reasons[r * cols + c]!,
    };
  });
}
