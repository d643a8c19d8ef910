import * as z from 'zod/mini';
import { Id, IsoDate } from '../_lib/schema.js';
import { Side } from '../hosting/hosting.js';
import { LocalizedText } from '../text/text.js';
import { fact } from '../source/source.js';

/**
 * Samordnare: one of the two coordinators, one for the municipality and one for the idéburen sektor
 * (seeds 001, 003). `attachedTo` names the body the post is tied to: the municipal coordinator to the
 * kommunstyrelsen (the municipality's `executiveBoard.id`), the sector's to a metaorganisation (an
 * organisation id); left out where the source does not say. The record describes the post, never the
 * person holding it.
 *
 * @example
 * ```ts
 * const c: Coordinator = {
 *   id: 'samordnare-kommunen',
 *   side: 'municipality',
 *   attachedTo: 'kommunstyrelsen',
 *   fullTimeEquivalent: 1,
 * };
 * ```
 */
export const Coordinator = fact({
  id: Id,
  side: Side,
  attachedTo: z.optional(Id),
  title: z.optional(LocalizedText),
  /** Heltidstjänster: seed 003 puts two full-time posts behind the coordination, one per side. */
  fullTimeEquivalent: z.optional(z.number().check(z.positive())),
  from: z.optional(IsoDate),
  to: z.optional(IsoDate),
});
/** @inline */
export type Coordinator = z.infer<typeof Coordinator>;

/**
 * Samordnarnas arbetsuppgifter: the coordinators' main tasks, as seed 003 lists them.
 *
 * @example
 * ```ts
 * COORDINATOR_TASKS.map((t) => t.en); // ['Arrange training', 'Match organisations and departments', …]
 * ```
 */
export const COORDINATOR_TASKS: readonly LocalizedText[] = [
  { sv: 'Arrangera utbildningar.', en: 'Arrange training.' },
  { sv: 'Matcha organisationer och förvaltningar.', en: 'Match organisations and departments.' },
  { sv: 'Hjälpa till att hitta finansiering till projekt.', en: 'Help find funding for projects.' },
  {
    sv: 'Ge stöd till värdarna och andra aktörer kring metoder om samverkan.',
    en: 'Support the hosts and other actors with methods of collaboration.',
  },
  { sv: 'Nätverksbyggande.', en: 'Build networks.' },
  { sv: 'Uppföljning.', en: 'Follow up.' },
];
