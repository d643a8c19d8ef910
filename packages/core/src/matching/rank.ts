import type { PartialPack } from '../locales/types.js';
import type { Agreement } from '../agreement/agreement.js';
import { type PublicInterest, toPublicInterest } from '../interest/interest.js';
import type { AgreementListing } from '../listing/listing.js';
import { explain, interestName } from './explain.js';
import { createMatchIndex, encodeQuery, type MatchIndex, popcount } from './index-build.js';
import { MAX_AGE } from '../vocabulary/vocabulary.js';

/**
 * The criteria a match is scored on: shared areas, target groups (and ages), districts, what one
 * offers against what the other seeks (both ways), forms of collaboration, and languages.
 *
 * @example
 * ```ts
 * const c: Criterion = 'offersSeeks';
 * ```
 */
export type Criterion = 'areas' | 'targetGroups' | 'districts' | 'offersSeeks' | 'forms' | 'languages';

/**
 * How much each criterion weighs in the score. Any left out keep their default.
 *
 * @example
 * ```ts
 * const w: MatchWeights = { ...DEFAULT_WEIGHTS, districts: 0.3 };
 * ```
 */
export type MatchWeights = Record<Criterion, number>;

/**
 * The default weights: areas and what is offered against what is sought weigh most.
 *
 * @example
 * ```ts
 * DEFAULT_WEIGHTS.areas; // 0.25
 * ```
 */
export const DEFAULT_WEIGHTS: Readonly<MatchWeights> = {
  areas: 0.25,
  targetGroups: 0.2,
  districts: 0.15,
  offersSeeks: 0.25,
  forms: 0.1,
  languages: 0.05,
};

/**
 * Options for {@link rankMatches}.
 *
 * @example
 * ```ts
 * const options: RankOptions = { agreement: malmo, locale: 'en', threshold: 0.3, limit: 5, allowSameSide: true };
 * ```
 */
export interface RankOptions {
  weights?: Partial<MatchWeights>;
  /** Matches scoring below this (0–1) are not shown. Default 0.25. */
  threshold?: number;
  /** How many matches at most. Default 10. */
  limit?: number;
  /** Also match an organisation with another organisation. By default only organisation ↔ department. */
  allowSameSide?: boolean;
  /** The agreement, for the names of areas, groups, districts, forms and actors in explanations. */
  agreement?: Agreement;
  /** Its public listing, for the same names where the whole agreement is not at hand (a web page). */
  listing?: AgreementListing;
  /** The language of names and explanations: a tag (`sv` by default) or a pack with `matching` and `common` (what the web components pass). */
  locale?: string | PartialPack;
}

/**
 * One criterion's part of a match: its score (0–1) and what the two share.
 *
 * @example
 * ```ts
 * const part: CriterionScore = { criterion: 'districts', score: 1, shared: ['Rosengård'] };
 * ```
 */
export interface CriterionScore {
  criterion: Criterion;
  score: number;
  shared: string[];
}

/**
 * A proposed match: the candidate without its contact person, its name, the score and why.
 *
 * @example
 * ```ts
 * const [best] = rankMatches(interest, candidates, { agreement: malmo });
 * best?.explanation; // ['Båda arbetar med unga 13–19 i Rosengård.', …]
 * ```
 */
export interface Match {
  candidate: PublicInterest;
  name: string;
  score: number;
  criteria: CriterionScore[];
  explanation: string[];
}

const SIDE_OF = (interest: PublicInterest) => (interest.stated.kind === 'department' ? 1 : 0);

/**
 * Ranks candidates for an interest. Hard filters first — the candidate consents to matching, shares an
 * area, and is on the other side (organisation ↔ department; organisation ↔ organisation with
 * `allowSameSide`) — then a weighted score from 0 to 1 over the criteria, each a share of overlap. Ties
 * are broken by the candidate's id, so the order is always the same. Each match carries a localised
 * explanation; none carries anyone's contact details.
 *
 * Pass a {@link createMatchIndex} index instead of an array to rank many interests against the same
 * candidates without compiling them again.
 *
 * @example
 * ```ts
 * import { rankMatches } from '@samverkan/core';
 * import { malmo } from '@samverkan/core/presets/malmo';
 *
 * const matches = rankMatches(interest, candidates, { agreement: malmo, limit: 5 });
 * for (const m of matches) console.log(m.name, m.score.toFixed(2), m.explanation.join(' '));
 * ```
 */
export function rankMatches(interest: PublicInterest, candidates: readonly PublicInterest[] | MatchIndex, options: RankOptions = {}): Match[] {
  const index = Array.isArray(candidates) ? createMatchIndex(candidates) : (candidates as MatchIndex);
  const weights = { ...DEFAULT_WEIGHTS, ...options.weights };
  const total = Object.values(weights).reduce((a, b) => a + Math.max(0, b), 0) || 1;
  const threshold = options.threshold ?? 0.25;
  const limit = Math.max(0, Math.floor(options.limit ?? 10));
  if (limit === 0) return [];
  const scores = scoreAll(index, interest, weights, total, options.allowSameSide ?? false);

  // A bounded heap of the best `limit`, worst on top: lower score, or same score and later id.
  const heap: number[] = [];
  const ids = index.interests;
  const worse = (a: number, b: number) => scores[a]! < scores[b]! || (scores[a] === scores[b] && ids[a]!.id > ids[b]!.id);
  const up = (i: number) => {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!worse(heap[i]!, heap[p]!)) break;
      [heap[i], heap[p]] = [heap[p]!, heap[i]!];
      i = p;
    }
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && worse(heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i]!;
    if (!(s >= threshold)) continue;
    if (heap.length < limit) {
      heap.push(i);
      up(heap.length - 1);
    } else if (worse(heap[0]!, i)) {
      heap[0] = i;
      down(0);
    }
  }
  const best = heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
  return best.map((i) => {
    const candidate = ids[i]!;
    const criteria = criterionScores(interest, candidate);
    return {
      candidate: toPublicInterest(candidate),
      name: interestName(candidate, options),
      score: scores[i]!,
      criteria,
      explanation: explain(interest, candidate, criteria, options),
    };
  });
}

function jaccard(inter: number, a: number, b: number): number {
  const union = a + b - inter;
  return union > 0 ? inter / union : 0;
}

function intersect(q: Uint32Array, bits: Uint32Array, row: number, w: number): number {
  let n = 0;
  const base = row * w;
  for (let k = 0; k < w; k++) n += popcount(q[k]! & bits[base + k]!);
  return n;
}

// One scores buffer per index, reused across calls: ranking allocates nothing proportional to the candidates.
const buffers = new WeakMap<MatchIndex, Float64Array>();

/** Scores every candidate; NaN for one the hard filters rule out. */
function scoreAll(index: MatchIndex, interest: PublicInterest, weights: MatchWeights, total: number, allowSameSide: boolean): Float64Array {
  const q = encodeQuery(index, interest);
  const n = index.interests.length;
  let out = buffers.get(index);
  if (!out) {
    out = new Float64Array(n);
    buffers.set(index, out);
  }
  out.fill(Number.NaN);
  const self = index.byId.get(interest.id);
  const mySide = SIDE_OF(interest);
  const { bits, counts, words } = index;
  const qAgeMin = interest.ages ? (interest.ages.min ?? 0) : Number.NaN;
  const qAgeMax = interest.ages ? (interest.ages.max ?? MAX_AGE) : Number.NaN;
  const w = weights;
  for (let i = 0; i < n; i++) {
    if (i === self || index.matchable[i] === 0) continue;
    const side = index.side[i]!;
    if (side === mySide && !(allowSameSide && side === 0)) continue;
    const sharedAreas = intersect(q.bits.areas, bits.areas, i, words.areas);
    if (sharedAreas === 0) continue;

    let score = w.areas * jaccard(sharedAreas, q.counts.areas, counts.areas[i]!);

    // Target groups and ages: the mean of what both sides state.
    let tParts = 0;
    let tSum = 0;
    if (q.counts.targetGroups > 0 && counts.targetGroups[i]! > 0) {
      tSum += jaccard(intersect(q.bits.targetGroups, bits.targetGroups, i, words.targetGroups), q.counts.targetGroups, counts.targetGroups[i]!);
      tParts++;
    }
    const cMin = index.ageMin[i]!;
    if (qAgeMin === qAgeMin && cMin === cMin) {
      const cMax = index.ageMax[i]!;
      const overlap = Math.min(qAgeMax, cMax) - Math.max(qAgeMin, cMin) + 1;
      const union = Math.max(qAgeMax, cMax) - Math.min(qAgeMin, cMin) + 1;
      tSum += overlap > 0 ? overlap / union : 0;
      tParts++;
    }
    if (tParts > 0) score += w.targetGroups * (tSum / tParts);

    score += w.districts * jaccard(intersect(q.bits.districts, bits.districts, i, words.districts), q.counts.districts, counts.districts[i]!);

    // What I seek that they offer, and what they seek that I offer.
    let oParts = 0;
    let oSum = 0;
    if (q.counts.seeks > 0) {
      oSum += intersect(q.bits.seeks, bits.offers, i, words.offers) / q.counts.seeks;
      oParts++;
    }
    if (counts.seeks[i]! > 0) {
      oSum += intersect(q.bits.offers, bits.seeks, i, words.seeks) / counts.seeks[i]!;
      oParts++;
    }
    if (oParts > 0) score += w.offersSeeks * (oSum / oParts);

    score += w.forms * jaccard(intersect(q.bits.forms, bits.forms, i, words.forms), q.counts.forms, counts.forms[i]!);
    score += w.languages * jaccard(intersect(q.bits.languages, bits.languages, i, words.languages), q.counts.languages, counts.languages[i]!);
    out[i] = score / total;
  }
  return out;
}

/** The same scores as the fast path, per criterion and with what is shared, for one pair. */
export function criterionScores(a: PublicInterest, b: PublicInterest): CriterionScore[] {
  const uniq = (x: readonly string[] | undefined) => [...new Set(x ?? [])];
  const share = (x: readonly string[] | undefined, y: readonly string[] | undefined) => uniq(x).filter((t) => (y ?? []).includes(t));
  const jac = (x: readonly string[] | undefined, y: readonly string[] | undefined) => jaccard(share(x, y).length, uniq(x).length, uniq(y).length);
  const mean = (parts: number[]) => (parts.length ? parts.reduce((p, q) => p + q, 0) / parts.length : 0);

  const target: number[] = [];
  if (uniq(a.targetGroups).length && uniq(b.targetGroups).length) target.push(jac(a.targetGroups, b.targetGroups));
  if (a.ages && b.ages) {
    const lo = Math.max(a.ages.min ?? 0, b.ages.min ?? 0);
    const hi = Math.min(a.ages.max ?? MAX_AGE, b.ages.max ?? MAX_AGE);
    const union = Math.max(a.ages.max ?? MAX_AGE, b.ages.max ?? MAX_AGE) - Math.min(a.ages.min ?? 0, b.ages.min ?? 0) + 1;
    target.push(hi >= lo ? (hi - lo + 1) / union : 0);
  }
  const offers: number[] = [];
  if (uniq(a.seeks).length) offers.push(share(a.seeks, b.offers).length / uniq(a.seeks).length);
  if (uniq(b.seeks).length) offers.push(share(b.seeks, a.offers).length / uniq(b.seeks).length);

  return [
    { criterion: 'areas', score: jac(a.areas, b.areas), shared: share(a.areas, b.areas) },
    { criterion: 'targetGroups', score: mean(target), shared: share(a.targetGroups, b.targetGroups) },
    { criterion: 'districts', score: jac(a.districts, b.districts), shared: share(a.districts, b.districts) },
    { criterion: 'offersSeeks', score: mean(offers), shared: [...new Set([...share(a.seeks, b.offers), ...share(b.seeks, a.offers)])] },
    { criterion: 'forms', score: jac(a.forms, b.forms), shared: share(a.forms, b.forms) },
    { criterion: 'languages', score: jac(a.languages, b.languages), shared: share(a.languages, b.languages) },
  ];
}
