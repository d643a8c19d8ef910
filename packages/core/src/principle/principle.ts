import * as z from 'zod/mini';
import { Id } from '../_lib/schema.js';
import { LocalizedText } from '../text/text.js';
import { fact } from '../source/source.js';

/**
 * The canonical keys of the six national principles that every överenskommelse in Sweden builds on.
 * Source: beredningsgruppen ÖK Malmö, minnesanteckningar 2015-04-09 (seed 002).
 *
 * @example
 * ```ts
 * const key: NationalPrincipleKey = 'openness-and-transparency';
 * ```
 */
export const NationalPrincipleKey = z.enum([
  'independence',
  'dialogue',
  'quality',
  'long-term',
  'openness-and-transparency',
  'diversity',
]);
/** @inline */
export type NationalPrincipleKey = z.infer<typeof NationalPrincipleKey>;

/**
 * Princip: one of the agreement's principles. `national` ties a locally worded principle to one of the
 * six national ones, so a kommun may relabel them; a principle of the kommun's own leaves it out.
 *
 * @example
 * ```ts
 * const p: Principle = {
 *   id: 'dialog',
 *   national: 'dialogue',
 *   label: { sv: 'Dialog', en: 'Dialogue' },
 * };
 * ```
 */
export const Principle = fact({
  id: Id,
  national: z.optional(NationalPrincipleKey),
  label: LocalizedText,
  description: z.optional(LocalizedText),
});
/** @inline */
export type Principle = z.infer<typeof Principle>;

/**
 * The six national principles with their Swedish names as the 2015 minutes give them (seed 002:
 * "principen om självständighet, dialog, kvalitet, långsiktighet, öppenhet och insyn samt mångfald").
 *
 * @example
 * ```ts
 * NATIONAL_PRINCIPLES.map((p) => p.label.sv); // ['Självständighet', 'Dialog', …]
 * ```
 */
export const NATIONAL_PRINCIPLES: readonly Principle[] = [
  { id: 'sjalvstandighet', national: 'independence', label: { sv: 'Självständighet', en: 'Independence' } },
  { id: 'dialog', national: 'dialogue', label: { sv: 'Dialog', en: 'Dialogue' } },
  { id: 'kvalitet', national: 'quality', label: { sv: 'Kvalitet', en: 'Quality' } },
  { id: 'langsiktighet', national: 'long-term', label: { sv: 'Långsiktighet', en: 'Long-term perspective' } },
  {
    id: 'oppenhet-och-insyn',
    national: 'openness-and-transparency',
    label: { sv: 'Öppenhet och insyn', en: 'Openness and transparency' },
  },
  { id: 'mangfald', national: 'diversity', label: { sv: 'Mångfald', en: 'Diversity' } },
];
