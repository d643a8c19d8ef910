import * as z from 'zod/mini';
import { Id, NonNegativeInt } from '../_lib/schema.js';
import { LocalizedText } from '../text/text.js';
import { fact } from '../source/source.js';

/**
 * The oldest age a range may name, and the upper end an open range (`{ min: 65 }`) stands for when ages
 * are compared.
 *
 * @example
 * ```ts
 * const upTo = range.max ?? MAX_AGE;
 * ```
 */
export const MAX_AGE = 120;

/**
 * Åldersspann: an age range in years, both ends inclusive; either end may be left out.
 *
 * @example
 * ```ts
 * const youth: AgeRange = { min: 13, max: 25 };
 * ```
 */
export const AgeRange = fact({
  min: z.optional(NonNegativeInt.check(z.lte(MAX_AGE))),
  max: z.optional(NonNegativeInt.check(z.lte(MAX_AGE))),
});
/** @inline */
export type AgeRange = z.infer<typeof AgeRange>;

/**
 * Målgrupp: a target group the agreement's actors work with, e.g. children and young people.
 * `ages` gives the group's usual age span where it has one.
 *
 * @example
 * ```ts
 * const youth: TargetGroup = { id: 'unga', label: { sv: 'Unga', en: 'Young people' }, ages: { min: 13, max: 25 } };
 * ```
 */
export const TargetGroup = fact({
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
export const District = fact({
  id: Id,
  label: LocalizedText,
});
/** @inline */
export type District = z.infer<typeof District>;
