/**
 * The Jaccard index of two sets from their sizes and the size of their intersection: shared ÷ union,
 * 0 when both are empty. The one definition the ranking (bit counts) and the host proposals (sets) use.
 */
export function jaccard(shared: number, sizeA: number, sizeB: number): number {
  const union = sizeA + sizeB - shared;
  return union > 0 ? shared / union : 0;
}
