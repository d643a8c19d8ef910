import * as z from 'zod/mini';
import { Id, Text } from '../_lib/schema.js';
import { LocalizedText } from '../text/text.js';
import { fact } from '../source/source.js';

/**
 * Begrepp: a shared term and its definition. The 2015 process held a begreppsseminarium because "Sektorerna
 * pratar ofta om samma saker men menar olika" (seed 000); `source` says where the definition comes from.
 *
 * @example
 * ```ts
 * const t: GlossaryTerm = {
 *   id: 'metaorganisation',
 *   term: { sv: 'Metaorganisation', en: 'Meta-organisation' },
 *   definition: { sv: 'En organisation som har organisationer som medlemmar.' },
 *   source: 'Idéburna Malmö (2015)',
 * };
 * ```
 */
export const GlossaryTerm = fact({
  id: Id,
  term: LocalizedText,
  definition: LocalizedText,
  source: z.optional(Text),
});
/** @inline */
export type GlossaryTerm = z.infer<typeof GlossaryTerm>;
