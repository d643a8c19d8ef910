// FNV-1a, 32 bits, over UTF-16 code units: a quick number for a string, for tables of typed arrays
// (the agreement index's ids, duplicate-organisations' names). Equal strings get equal numbers; two
// different strings rarely do, so a table must compare the strings themselves.
//
// The offset basis is drawn anew in each process, as V8 seeds the hashes of its own Maps: with a fixed
// one, anyone could make up thousands of ids or names with the same number, and an agreement listing
// them would take minutes to validate (each one compared with all before it). Nothing the tables report
// depends on the numbers, only how fast they find it.

/** FNV-1a's offset basis mixed with this process's random seed: a signed 32-bit integer, as `^` gives (so it stays one in optimised code). */
export const FNV_OFFSET = 0x811c9dc5 ^ (Math.random() * 2 ** 32);
/** FNV-1a's 32-bit prime. */
export const FNV_PRIME = 0x01000193;

/**
 * The 30-bit FNV-1a number of a string's UTF-16 code units, from this process's offset basis.
 *
 * @example
 * ```ts
 * fnv1a('kvarnby-ik') === fnv1a('kvarnby-ik'); // true; two different ids may share a number too, so a table compares the ids
 * ```
 */
export function fnv1a(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash & 0x3fffffff;
}

/**
 * The number of slots for a table of `count` entries that hashes with {@link fnv1a}: a power of two (so a
 * number is taken to a slot with a mask), at least 16, with at least a third of the slots left empty so
 * that a search for a free one is short.
 *
 * @example
 * ```ts
 * const slots = new Int32Array(tableSize(10_000)); // 16 384 slots
 * const slot = fnv1a('kvarnby-ik') & (slots.length - 1);
 * ```
 */
export function tableSize(count: number): number {
  let size = 16;
  while (size < count * 1.5) size *= 2;
  return size;
}
