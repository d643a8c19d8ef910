// The peers of rankMatches: what a developer writes without the library. Both score plain objects with
// the same criteria and weights as rankMatches (so they return the same ids and scores: the benchmark
// checks it), one sorts every scored candidate, the other keeps the best k as it goes. Lists are assumed
// free of repeated terms, as generated data is; rankMatches does not assume it.
import type { PublicInterest } from '../src/interest/interest.js';
import { AGES_APART_SHARE, DEFAULT_WEIGHTS } from '../src/matching/rank.js';

const W = DEFAULT_WEIGHTS;
const TOTAL = Object.values(W).reduce((a, b) => a + b, 0);

function shared(a: readonly string[] | undefined, b: readonly string[] | undefined): number {
  if (!a || !b) return 0;
  let n = 0;
  for (const t of a) if (b.includes(t)) n++;
  return n;
}

function jac(a: readonly string[] | undefined, b: readonly string[] | undefined): number {
  const inter = shared(a, b);
  const union = (a?.length ?? 0) + (b?.length ?? 0) - inter;
  return union > 0 ? inter / union : 0;
}

/** The score rankMatches gives, or NaN where its hard filters rule the pair out. */
export function plainScore(q: PublicInterest, c: PublicInterest, allowSameSide = false): number {
  if (c.id === q.id || !c.consent.matching) return Number.NaN;
  const qs = q.stated.kind === 'department' ? 1 : 0;
  const cs = c.stated.kind === 'department' ? 1 : 0;
  if (qs === cs && !(allowSameSide && cs === 0)) return Number.NaN;
  const areas = shared(q.areas, c.areas);
  if (areas === 0) return Number.NaN;
  let score = W.areas * (areas / (q.areas.length + c.areas.length - areas));
  let tn = 0;
  let ts = 0;
  let apart = false;
  if (q.targetGroups?.length && c.targetGroups?.length) {
    ts += jac(q.targetGroups, c.targetGroups);
    tn++;
  }
  if (q.ages && c.ages) {
    const qMin = q.ages.min ?? 0;
    const qMax = q.ages.max ?? 120;
    const cMin = c.ages.min ?? 0;
    const cMax = c.ages.max ?? 120;
    const overlap = Math.min(qMax, cMax) - Math.max(qMin, cMin) + 1;
    ts += overlap > 0 ? overlap / (Math.max(qMax, cMax) - Math.min(qMin, cMin) + 1) : 0;
    apart = overlap <= 0;
    tn++;
  }
  if (tn) score += W.targetGroups * (ts / tn);
  score += W.districts * jac(q.districts, c.districts);
  let on = 0;
  let os = 0;
  if (q.seeks?.length) {
    os += shared(q.seeks, c.offers) / q.seeks.length;
    on++;
  }
  if (c.seeks?.length) {
    os += shared(c.seeks, q.offers) / c.seeks.length;
    on++;
  }
  if (on) score += W.offersSeeks * (os / on);
  score += W.forms * jac(q.forms, c.forms);
  score += W.languages * jac(q.languages, c.languages);
  return apart ? (score / TOTAL) * AGES_APART_SHARE : score / TOTAL;
}

interface Scored {
  c: PublicInterest;
  s: number;
}

const better = (a: Scored, b: Scored) => b.s - a.s || (a.c.id < b.c.id ? -1 : a.c.id > b.c.id ? 1 : 0);

/** Scores every candidate, sorts them all, keeps the first `limit` above the threshold. */
export function plainSortRank(q: PublicInterest, candidates: readonly PublicInterest[], threshold = 0.25, limit = 10): Scored[] {
  const out: Scored[] = [];
  for (const c of candidates) {
    const s = plainScore(q, c);
    if (s >= threshold) out.push({ c, s });
  }
  return out.sort(better).slice(0, limit);
}

/** Scores every candidate and keeps the best `limit` in a small sorted array as it goes. */
export function plainTopK(q: PublicInterest, candidates: readonly PublicInterest[], threshold = 0.25, limit = 10): Scored[] {
  const top: Scored[] = [];
  for (const c of candidates) {
    const s = plainScore(q, c);
    if (!(s >= threshold)) continue;
    const item = { c, s };
    if (top.length === limit && better(item, top[limit - 1]!) >= 0) continue;
    let i = Math.min(top.length, limit - 1);
    top[i] = item;
    while (i > 0 && better(top[i]!, top[i - 1]!) < 0) {
      [top[i], top[i - 1]] = [top[i - 1]!, top[i]!];
      i--;
    }
  }
  return top;
}
