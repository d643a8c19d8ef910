// FNV-1a, 32 bits, over UTF-16 code units: a quick number for a string, for tables of typed arrays
// (the agreement index's ids, duplicate-organisations' names). Equal strings get equal numbers; two
// different strings rarely do, so a table must compare the strings themselves.

/** FNV-1a's offset basis, as a signed 32-bit integer (so it stays one in optimised code). */
export const FNV_OFFSET = 0x811c9dc5 | 0;
/** FNV-1a's 32-bit prime. */
export const FNV_PRIME = 0x01000193;

/**
 * The 30-bit FNV-1a number of a string's UTF-16 code units.
 *
 * @example
 * ```ts
 * fnv1a('forening-4vl8') === fnv1a('forening-lpd6'); // true: a table must compare the strings
 * ```
 */
export function fnv1a(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash & 0x3fffffff;
}
