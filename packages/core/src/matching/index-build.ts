import type { PublicInterest } from '../interest/interest.js';
import { MAX_AGE } from '../vocabulary/vocabulary.js';

/** The per-criterion sets an interest is matched on. */
export const SET_CRITERIA = ['areas', 'targetGroups', 'districts', 'offers', 'seeks', 'forms', 'languages'] as const;
export type SetCriterion = (typeof SET_CRITERIA)[number];

function setOf(interest: PublicInterest, c: SetCriterion): readonly string[] {
  return interest[c] ?? [];
}

/**
 * Kandidatindex: candidates compiled for fast ranking: each criterion's set as a bitmask over a shared vocabulary, in
 * flat typed arrays (one row per candidate), so ranking 100 000 candidates touches no objects.
 * Build it with {@link createMatchIndex}; its layout is internal.
 *
 * @example
 * ```ts
 * const index: MatchIndex = createMatchIndex(candidates);
 * index.interests.length;
 * ```
 */
export interface MatchIndex {
  /** The candidates, in the order they were given. */
  readonly interests: readonly PublicInterest[];
  /** @internal */
  readonly vocab: Readonly<Record<SetCriterion, Map<string, number>>>;
  /** @internal */
  readonly words: Readonly<Record<SetCriterion, number>>;
  /** @internal */
  readonly bits: Readonly<Record<SetCriterion, Uint32Array>>;
  /** @internal */
  readonly counts: Readonly<Record<SetCriterion, Uint16Array>>;
  /** @internal */
  readonly ageMin: Float64Array;
  /** @internal */
  readonly ageMax: Float64Array;
  /** @internal 0: an organisation's interest, 1: a department's. */
  readonly side: Uint8Array;
  /** @internal */
  readonly matchable: Uint8Array;
  /** @internal */
  readonly byId: Map<string, number>;
}

/**
 * Compiles candidates once for {@link rankMatches}; reuse the index to rank many interests against the
 * same candidates.
 *
 * @example
 * ```ts
 * const index = createMatchIndex(candidates);
 * for (const interest of newInterests) rankMatches(interest, index);
 * ```
 */
export function createMatchIndex(candidates: readonly PublicInterest[]): MatchIndex {
  const n = candidates.length;
  // Offers and seeks share one vocabulary, so what one seeks lines up bit for bit with what another offers.
  const resources = new Map<string, number>();
  const vocab = {} as Record<SetCriterion, Map<string, number>>;
  for (const c of SET_CRITERIA) vocab[c] = c === 'offers' || c === 'seeks' ? resources : new Map<string, number>();
  // Pass 1, over the objects: each term's number in its vocabulary, kept per criterion in a flat list
  // with each candidate's start, and the scalar fields. The bit width is known only after this pass.
  const terms = {} as Record<SetCriterion, number[]>;
  const starts = {} as Record<SetCriterion, Uint32Array>;
  for (const c of SET_CRITERIA) {
    terms[c] = [];
    starts[c] = new Uint32Array(n + 1);
  }
  const ageMin = new Float64Array(n);
  const ageMax = new Float64Array(n);
  const side = new Uint8Array(n);
  const matchable = new Uint8Array(n);
  const byId = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const interest = candidates[i]!;
    for (const c of SET_CRITERIA) {
      const map = vocab[c];
      const list = terms[c];
      starts[c][i] = list.length;
      for (const term of setOf(interest, c)) {
        let bit = map.get(term);
        if (bit === undefined) map.set(term, (bit = map.size));
        list.push(bit);
      }
    }
    ageMin[i] = interest.ages?.min ?? (interest.ages ? 0 : Number.NaN);
    ageMax[i] = interest.ages?.max ?? (interest.ages ? MAX_AGE : Number.NaN);
    side[i] = interest.stated.kind === 'department' ? 1 : 0;
    matchable[i] = interest.consent.matching ? 1 : 0;
    if (!byId.has(interest.id)) byId.set(interest.id, i);
  }
  // Pass 2, over the flat lists only: set the bits, counting each distinct term once.
  const words = {} as Record<SetCriterion, number>;
  const bits = {} as Record<SetCriterion, Uint32Array>;
  const counts = {} as Record<SetCriterion, Uint16Array>;
  for (const c of SET_CRITERIA) {
    const w = Math.max(1, Math.ceil(vocab[c].size / 32));
    const list = terms[c];
    const start = starts[c];
    start[n] = list.length;
    const b = new Uint32Array(n * w);
    const k = new Uint16Array(n);
    for (let i = 0; i < n; i++) {
      let count = 0;
      for (let t = start[i]!; t < start[i + 1]!; t++) {
        const bit = list[t]!;
        const at = i * w + (bit >>> 5);
        const mask = 1 << (bit & 31);
        if ((b[at]! & mask) === 0) {
          b[at]! |= mask;
          count++;
        }
      }
      k[i] = count;
    }
    words[c] = w;
    bits[c] = b;
    counts[c] = k;
  }
  return { interests: candidates, vocab, words, bits, counts, ageMin, ageMax, side, matchable, byId };
}

/** Encodes a query interest against an index's vocabulary; terms the index has never seen match nothing. */
export function encodeQuery(index: MatchIndex, interest: PublicInterest): { bits: Record<SetCriterion, Uint32Array>; counts: Record<SetCriterion, number> } {
  const bits = {} as Record<SetCriterion, Uint32Array>;
  const counts = {} as Record<SetCriterion, number>;
  for (const c of SET_CRITERIA) {
    const w = index.words[c];
    const b = new Uint32Array(w);
    const terms = new Set(setOf(interest, c));
    for (const term of terms) {
      const bit = index.vocab[c].get(term);
      if (bit !== undefined) b[bit >>> 5]! |= 1 << (bit & 31);
    }
    bits[c] = b;
    counts[c] = terms.size;
  }
  return { bits, counts };
}

/** Number of set bits in a 32-bit word. */
export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}
