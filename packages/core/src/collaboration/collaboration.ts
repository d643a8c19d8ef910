import * as z from 'zod/mini';
import { AgeRange } from '../vocabulary/vocabulary.js';
import { Id, NonNegativeInt, Text, WebUrl } from '../_lib/schema.js';
import { LocalizedText } from '../text/text.js';
import { fact } from '../source/source.js';

/**
 * Samverkansform: a form of collaboration. Seed 004 names three: stöd och bidrag, dialog och samråd,
 * samverkan kring verksamhet och projekt.
 *
 * @example
 * ```ts
 * const form: CollaborationForm = { id: 'dialog-och-samrad', name: { sv: 'Dialog och samråd', en: 'Dialogue and consultation' } };
 * ```
 */
export const CollaborationForm = fact({
  id: Id,
  name: LocalizedText,
  description: z.optional(LocalizedText),
});
/** @inline */
export type CollaborationForm = z.infer<typeof CollaborationForm>;

/**
 * The sector an outside partner belongs to, for partners that are neither the agreement's
 * organisations nor its departments (companies, universities, other authorities, residents' networks).
 *
 * @example
 * ```ts
 * const s: PartnerSector = 'academia';
 * ```
 */
export const PartnerSector = z.enum(['private', 'academia', 'public', 'civil-society', 'residents']);
/** @inline */
export type PartnerSector = z.infer<typeof PartnerSector>;

/**
 * Part i samverkan: a partner in a collaboration — one of the agreement's organisations or departments
 * by id, or an outside actor by name.
 *
 * @example
 * ```ts
 * const partners: Partner[] = [
 *   { kind: 'organisation', ref: 'radda-barnen-region-syd' },
 *   { kind: 'other', name: 'Malmö universitet', sector: 'academia' },
 * ];
 * ```
 */
export const Partner = z.discriminatedUnion('kind', [
  fact({ kind: z.literal('organisation'), ref: Id }),
  fact({ kind: z.literal('department'), ref: Id }),
  fact({ kind: z.literal('other'), name: Text, sector: PartnerSector }),
]);
/** @inline */
export type Partner = z.infer<typeof Partner>;

/**
 * What a collaboration rests on: an IOP, another written agreement (avtal), an oral agreement, or
 * nothing formal. Seed 004: "Mycket samverkan sker genom muntliga överenskommelser".
 *
 * @example
 * ```ts
 * const basis: CollaborationBasis = 'oral';
 * ```
 */
export const CollaborationBasis = z.enum(['iop', 'written-agreement', 'oral', 'none']);
/** @inline */
export type CollaborationBasis = z.infer<typeof CollaborationBasis>;

/**
 * Samverkan: a concrete collaboration between the municipality and the sector — an activity, project,
 * event, premises or platform — with its partners, form, areas, districts and target groups.
 *
 * @example
 * ```ts
 * const krut: Collaboration = {
 *   id: 'krut',
 *   name: { sv: 'KRUT' },
 *   forms: ['verksamhet-och-projekt'],
 *   partners: [{ kind: 'department', ref: 'kulturforvaltningen' }],
 *   ages: { min: 14, max: 30 },
 *   formality: 'informal',
 * };
 * ```
 */
export const Collaboration = fact({
  id: Id,
  name: LocalizedText,
  description: z.optional(LocalizedText),
  forms: z.array(Id),
  areas: z.optional(z.array(Id)),
  partners: z.array(Partner),
  districts: z.optional(z.array(Id)),
  targetGroups: z.optional(z.array(Id)),
  ages: z.optional(AgeRange),
  formality: z.optional(z.enum(['formal', 'informal'])),
  basis: z.optional(CollaborationBasis),
  /**
   * The year it began, where known. A collaboration with no year is an example, not a year's work: the
   * yearly report lists it apart and counts it in no year (seed 004 calls its examples "ingen
   * fullständig inventering").
   */
  since: z.optional(NonNegativeInt),
  /** The last year it was active, where it has ended; the yearly report counts it in no later year. */
  until: z.optional(NonNegativeInt),
  url: z.optional(WebUrl),
});
/** @inline */
export type Collaboration = z.infer<typeof Collaboration>;
