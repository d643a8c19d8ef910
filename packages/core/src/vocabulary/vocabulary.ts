import * as z from 'zod/mini';
import { AgeRange, Id } from '../_lib/schema.js';
import { LocalizedText } from '../text/text.js';

/**
 * Målgrupp: a target group the agreement's actors work with, e.g. children and young people.
 * `ages` gives the group's usual age span where it has one.
 *
 * @example
 * ```ts
 * const youth: TargetGroup = { id: 'unga', label: { sv: 'Unga', en: 'Young people' }, ages: { min: 13, max: 25 } };
 * ```
 */
export const TargetGroup = z.strictObject({
  id: Id,
  label: LocalizedText,
  ages: z.optional(AgeRange),
});
/** @inline */
export type TargetGroup = z.infer<typeof TargetGroup>;

/**
 * Stadsdel / område: a district of the municipality, e.g. Lindängen or Rosengård.
 *
 * @example
 * ```ts
 * const d: District = { id: 'rosengard', label: { sv: 'Rosengård' } };
 * ```
 */
export const District = z.strictObject({
  id: Id,
  label: LocalizedText,
});
/** @inline */
export type District = z.infer<typeof District>;
