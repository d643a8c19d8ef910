import { type PublicInterest, toPublicInterest } from '../interest/interest.js';
import { explain, interestName } from './explain.js';
import { createMatchIndex, encodeQuery, type MatchIndex, popcount } from './index-build.js';
import { MAX_AGE } from '../vocabulary/vocabulary.js';
import { jaccard } from './jaccard.js';
import type { CriterionScore, Match, MatchWeights, RankOptions } from './types.js';

export type { Criterion, CriterionScore, Match, MatchWeights, RankOptions } from './types.js';

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
 * The share of its score a match keeps when both state ages and the ages do not meet at all: a homework
 * club for 10–19 and a preschool department for 1–5 may share an area, a district and what one offers
 * and the other seeks, yet a coordinator would not put them together first. A quarter keeps such a
 * match below the default threshold unless everything else agrees, and last among those that do.
 *
 * @example
 * ```ts
 * import { AGES_APART_SHARE } from '@samverkan/core';
 * AGES_APART_SHARE; // 0.25: a match whose ages do not meet keeps a quarter of its score
 * ```
 */
export const AGES_APART_SHARE = 0.25;

const SIDE_OF = (interest: PublicInterest) => (interest.stated.kind === 'department' ? 1 : 0);

/**
 * What rankMatches remembers of an array it was given: the objects in it at the time (a copy of the
 * slots, not of the objects) and, once the same array comes back unchanged, its index.
 */
interface Seen {
  slots: readonly PublicInterest[];
  index?: MatchIndex;
}
const seenArrays = new WeakMap<readonly PublicInterest[], Seen>();

function unchanged(array: readonly PublicInterest[], slots: readonly PublicInterest[]): boolean {
  if (array.length !== slots.length) return false;
  for (let i = 0; i < array.length; i++) if (array[i] !== slots[i]) return false;
  return true;
}

/**
 * The index for an array passed again, or undefined the first time (then scoring the objects directly
 * is cheaper than compiling them). The rule: an array is compiled again when its length changed or any
 * slot holds another object than before (`list[i] = …`, `push`, `splice`, `sort`); an object changed in
 * place (`list[i].areas.push(…)`) is not seen, since looking would cost as much as compiling.
 */
function indexFor(array: readonly PublicInterest[]): MatchIndex | undefined {
  const seen = seenArrays.get(array);
  if (seen && unchanged(array, seen.slots)) {
    seen.index ??= createMatchIndex(seen.slots);
    return seen.index;
  }
  seenArrays.set(array, { slots: array.slice() });
  return undefined;
}

/**
 * Ranks candidates for an interest. Hard filters first — the candidate consents to matching, shares an
 * area, and is on the other side (organisation ↔ department; organisation ↔ organisation with
 * `allowSameSide`) — then a weighted score from 0 to 1 over the criteria, each a share of overlap. When
 * both state ages and they do not meet at all, the match keeps only {@link AGES_APART_SHARE} of its
 * score, and its explanation says so: ages weigh more than any one criterion can. Ties
 * are broken by the candidate's id, so the order is always the same. Each match carries a localised
 * explanation; none carries anyone's contact details.
 *
 * An array is scored object by object the first time it is passed; passed again with the same objects
 * in the same slots, it is compiled once into an index (as {@link createMatchIndex} does) and ranked
 * from that on every later call. It is compiled again when its length changed or a slot holds another
 * object; an object changed in place is not seen — replace it (`list[i] = { ...list[i], areas }`) or
 * pass a new array. Pass a {@link createMatchIndex} index to decide yourself when candidates are compiled.
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
  const weights = { ...DEFAULT_WEIGHTS, ...options.weights };
  const total = Object.values(weights).reduce((a, b) => a + Math.max(0, b), 0) || 1;
  const threshold = options.threshold ?? 0.25;
  const limit = Math.max(0, Math.floor(options.limit ?? 10));
  if (limit === 0) return [];
  const allowSameSide = options.allowSameSide ?? false;
  let ids: readonly PublicInterest[];
  let scores: Float64Array;
  if (Array.isArray(candidates)) {
    const index = indexFor(candidates);
    ids = index ? index.interests : candidates;
    scores = index ? scoreAll(index, interest, weights, total, allowSameSide) : scoreObjects(candidates, interest, weights, total, allowSameSide);
  } else {
    const index = candidates as MatchIndex;
    ids = index.interests;
    scores = scoreAll(index, interest, weights, total, allowSameSide);
  }
  const matches = best(scores, ids, threshold, limit).map((i) => {
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
  // Two interests of the same name (one organisation's two interests, two new groups of one name) are
  // told apart by their ids, so a coordinator never reads the same name twice for different interests.
  const seen = new Map<string, number>();
  for (const m of matches) seen.set(m.name, (seen.get(m.name) ?? 0) + 1);
  for (const m of matches) if (seen.get(m.name)! > 1) m.name = `${m.name} (${m.candidate.id})`;
  return matches;
}

/** The positions of the best `limit` scores at or above the threshold, best first, ties by id. */
function best(scores: Float64Array, ids: readonly PublicInterest[], threshold: number, limit: number): number[] {
  // A bounded heap of the best `limit`, worst on top: lower score, or same score and later id.
  const heap: number[] = [];
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
  return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
}

/**
 * Combines the criteria into one score, in one fixed order, so the indexed and the direct path give
 * the same floating-point result. `t*`/`o*` are the sums and counts of the parts of the target-group
 * and offers/seeks criteria, which are means of what both sides state.
 */
function combine(w: MatchWeights, total: number, areas: number, tSum: number, tParts: number, districts: number, oSum: number, oParts: number, forms: number, languages: number, agesApart: boolean): number {
  let score = w.areas * areas;
  if (tParts > 0) score += w.targetGroups * (tSum / tParts);
  score += w.districts * districts;
  if (oParts > 0) score += w.offersSeeks * (oSum / oParts);
  score += w.forms * forms;
  score += w.languages * languages;
  return agesApart ? (score / total) * AGES_APART_SHARE : score / total;
}

/** Overlap of two age ranges as a share of their union, 1-year steps. */
function ageOverlap(aMin: number, aMax: number, bMin: number, bMax: number): number {
  const overlap = Math.min(aMax, bMax) - Math.max(aMin, bMin) + 1;
  const union = Math.max(aMax, bMax) - Math.min(aMin, bMin) + 1;
  return overlap > 0 ? overlap / union : 0;
}

function intersect(q: Uint32Array, bits: Uint32Array, row: number, w: number): number {
  let n = 0;
  const base = row * w;
  for (let k = 0; k < w; k++) n += popcount(q[k]! & bits[base + k]!);
  return n;
}

// One scores buffer per index, reused across calls: ranking allocates nothing proportional to the candidates.
const buffers = new WeakMap<MatchIndex, Float64Array>();

/** Scores every candidate of an index; NaN for one the hard filters rule out. */
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
  for (let i = 0; i < n; i++) {
    if (i === self || index.matchable[i] === 0) continue;
    const side = index.side[i]!;
    if (side === mySide && !(allowSameSide && side === 0)) continue;
    const sharedAreas = intersect(q.bits.areas, bits.areas, i, words.areas);
    if (sharedAreas === 0) continue;

    // Target groups and ages: the mean of what both sides state.
    let tParts = 0;
    let tSum = 0;
    if (q.counts.targetGroups > 0 && counts.targetGroups[i]! > 0) {
      tSum += jaccard(intersect(q.bits.targetGroups, bits.targetGroups, i, words.targetGroups), q.counts.targetGroups, counts.targetGroups[i]!);
      tParts++;
    }
    const cMin = index.ageMin[i]!;
    let agesApart = false;
    if (qAgeMin === qAgeMin && cMin === cMin) {
      const ages = ageOverlap(qAgeMin, qAgeMax, cMin, index.ageMax[i]!);
      agesApart = ages === 0;
      tSum += ages;
      tParts++;
    }
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
    out[i] = combine(
      weights,
      total,
      jaccard(sharedAreas, q.counts.areas, counts.areas[i]!),
      tSum,
      tParts,
      jaccard(intersect(q.bits.districts, bits.districts, i, words.districts), q.counts.districts, counts.districts[i]!),
      oSum,
      oParts,
      jaccard(intersect(q.bits.forms, bits.forms, i, words.forms), q.counts.forms, counts.forms[i]!),
      jaccard(intersect(q.bits.languages, bits.languages, i, words.languages), q.counts.languages, counts.languages[i]!),
      agesApart,
    );
  }
  return out;
}

/** A query's terms of one criterion, once each. */
function termSet(terms: readonly string[] | undefined): ReadonlySet<string> {
  return new Set(terms ?? []);
}

/**
 * Counts a candidate's distinct terms and how many of them are in the query's set, written as one
 * number (distinct × 2^16 + shared) to return both without allocating. Lists are short (a handful of
 * ids), so a repeated term is found by looking back.
 */
function distinctAndShared(terms: readonly string[] | undefined, query: ReadonlySet<string>): number {
  if (!terms) return 0;
  let distinct = 0;
  let shared = 0;
  for (let j = 0; j < terms.length; j++) {
    const t = terms[j]!;
    if (terms.indexOf(t) !== j) continue;
    distinct++;
    if (query.has(t)) shared++;
  }
  return distinct * 65536 + shared;
}

/** Jaccard of a candidate's list against the query's set. */
function jaccardTo(terms: readonly string[] | undefined, query: ReadonlySet<string>): number {
  const ds = distinctAndShared(terms, query);
  return jaccard(ds & 0xffff, query.size, ds >>> 16);
}

/**
 * Scores the objects of an array directly, without compiling them: what a one-off call costs least
 * with. The same scores as {@link scoreAll}, to the last bit (a test holds the two paths together).
 */
function scoreObjects(candidates: readonly PublicInterest[], interest: PublicInterest, weights: MatchWeights, total: number, allowSameSide: boolean): Float64Array {
  const n = candidates.length;
  const out = new Float64Array(n).fill(Number.NaN);
  const q = {
    areas: termSet(interest.areas),
    targetGroups: termSet(interest.targetGroups),
    districts: termSet(interest.districts),
    offers: termSet(interest.offers),
    seeks: termSet(interest.seeks),
    forms: termSet(interest.forms),
    languages: termSet(interest.languages),
  };
  const mySide = SIDE_OF(interest);
  const qAgeMin = interest.ages ? (interest.ages.min ?? 0) : Number.NaN;
  const qAgeMax = interest.ages ? (interest.ages.max ?? MAX_AGE) : Number.NaN;
  // As the index does, only the first candidate with the interest's own id is the interest itself.
  let selfFound = false;
  for (let i = 0; i < n; i++) {
    const c = candidates[i]!;
    if (!selfFound && c.id === interest.id) {
      selfFound = true;
      continue;
    }
    if (!c.consent.matching) continue;
    const side = SIDE_OF(c);
    if (side === mySide && !(allowSameSide && side === 0)) continue;
    const areas = distinctAndShared(c.areas, q.areas);
    if ((areas & 0xffff) === 0) continue;

    let tParts = 0;
    let tSum = 0;
    if (q.targetGroups.size > 0) {
      const tg = distinctAndShared(c.targetGroups, q.targetGroups);
      if (tg >>> 16 > 0) {
        tSum += jaccard(tg & 0xffff, q.targetGroups.size, tg >>> 16);
        tParts++;
      }
    }
    let agesApart = false;
    if (qAgeMin === qAgeMin && c.ages) {
      const ages = ageOverlap(qAgeMin, qAgeMax, c.ages.min ?? 0, c.ages.max ?? MAX_AGE);
      agesApart = ages === 0;
      tSum += ages;
      tParts++;
    }
    let oParts = 0;
    let oSum = 0;
    if (q.seeks.size > 0) {
      oSum += (distinctAndShared(c.offers, q.seeks) & 0xffff) / q.seeks.size;
      oParts++;
    }
    const theirSeeks = distinctAndShared(c.seeks, q.offers);
    if (theirSeeks >>> 16 > 0) {
      oSum += (theirSeeks & 0xffff) / (theirSeeks >>> 16);
      oParts++;
    }
    out[i] = combine(
      weights,
      total,
      jaccard(areas & 0xffff, q.areas.size, areas >>> 16),
      tSum,
      tParts,
      jaccardTo(c.districts, q.districts),
      oSum,
      oParts,
      jaccardTo(c.forms, q.forms),
      jaccardTo(c.languages, q.languages),
      agesApart,
    );
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
  if (a.ages && b.ages) target.push(ageOverlap(a.ages.min ?? 0, a.ages.max ?? MAX_AGE, b.ages.min ?? 0, b.ages.max ?? MAX_AGE));
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
