// Schema-free, so the listing and the web components can ask which ways an agreement uses without loading zod.

/**
 * The ways of organising the work, in the order the schema lists them.
 *
 * @example
 * ```ts
 * WAYS_OF_ORGANISING.includes('forums'); // true
 * ```
 */
export const WAYS_OF_ORGANISING = ['hosting', 'coordinators', 'working-group', 'forums', 'secretariat', 'conference'] as const;

/**
 * The ways an agreement with no `organising` uses: Malmö's of 2018, as 0.1 knew them.
 *
 * @example
 * ```ts
 * const ways = agreement.organising?.ways ?? DEFAULT_WAYS;
 * ```
 */
export const DEFAULT_WAYS: readonly (typeof WAYS_OF_ORGANISING)[number][] = ['hosting', 'coordinators', 'working-group'];

/**
 * Whether an agreement organises its work in a way — `uses(agreement, 'hosting')` decides whether areas
 * have hosts and phases, and whether the hosting rules apply.
 *
 * @example
 * ```ts
 * uses(malmo, 'hosting'); // true
 * ```
 */
export function uses(agreement: { organising?: { ways: readonly string[] } | undefined }, way: (typeof WAYS_OF_ORGANISING)[number]): boolean {
  return (agreement.organising?.ways ?? DEFAULT_WAYS).includes(way);
}
