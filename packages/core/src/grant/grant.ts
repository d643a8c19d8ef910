import * as z from 'zod/mini';
import { Id, IsoDate, NonNegativeInt, Text } from '../_lib/schema.js';
import { LocalizedText } from '../text/text.js';
import { fact } from '../source/source.js';

/**
 * Stöd- och bidragsform: a category of grant or support the municipality gives the sector, with the
 * parameters its rules need (seed 004). `grantors` are department ids or the executive board's id.
 *
 * @example
 * ```ts
 * const ks: GrantCategory = {
 *   id: 'ks-anslag-projekt-och-utredningar',
 *   name: { sv: 'Kommunstyrelsens anslag för projekt och utredningar' },
 *   grantors: ['kommunstyrelsen'],
 *   maxDurationYears: 2,
 * };
 * ```
 */
export const GrantCategory = fact({
  id: Id,
  name: LocalizedText,
  description: z.optional(LocalizedText),
  grantors: z.array(Id),
  /** Longest a grant of this category may run, in years (kommunstyrelsens anslag: two, seed 004). */
  maxDurationYears: z.optional(z.number().check(z.positive(), z.lte(50))),
  /** Registration in the föreningsregister is required to apply (allmänna föreningsbidrag, seed 004). */
  requiresAssociationRegister: z.optional(z.boolean()),
  /** A written agreement is required, as for IOP (seed 002: "Marknadsanalys måste göras … en stadsjurist är inkopplad"). */
  requiresWrittenAgreement: z.optional(z.boolean()),
});
/** @inline */
export type GrantCategory = z.infer<typeof GrantCategory>;

/**
 * How exact a reported amount is: the sources say "totalt 109,7", "drygt 70", "cirka 12,5" and
 * "ungefär 200 000–300 000".
 *
 * @example
 * ```ts
 * const p: AmountPrecision = 'more-than'; // "drygt 70 miljoner"
 * ```
 */
export const AmountPrecision = z.enum(['exact', 'approximate', 'more-than', 'range']);
/** @inline */
export type AmountPrecision = z.infer<typeof AmountPrecision>;

/**
 * Bidragsvolym: the total a grantor paid the sector in a year, as a follow-up reports it.
 * Amounts are whole kronor (SEK); a `range` has its upper end in `amountSekMax`.
 *
 * @example
 * ```ts
 * const t: GrantTotal = { year: 2018, grantor: 'fritidsforvaltningen', amountSek: 109_700_000, precision: 'exact' };
 * ```
 */
export const GrantTotal = fact({
  year: NonNegativeInt,
  grantor: Id,
  categories: z.optional(z.array(Id)),
  amountSek: NonNegativeInt,
  amountSekMax: z.optional(NonNegativeInt),
  precision: AmountPrecision,
  /** How many organisations received it, where the source says. */
  recipients: z.optional(NonNegativeInt),
  note: z.optional(LocalizedText),
});
/** @inline */
export type GrantTotal = z.infer<typeof GrantTotal>;

/**
 * Bidragsbeslut: one grant awarded to an organisation — the category, who granted it, how much, and
 * the period it runs. `writtenAgreement` records the avtal a category such as IOP requires.
 *
 * @example
 * ```ts
 * const g: Grant = {
 *   id: 'ks-2019-forward',
 *   category: 'ks-anslag-projekt-och-utredningar',
 *   recipient: 'radda-barnen-region-syd',
 *   grantor: 'kommunstyrelsen',
 *   amountSek: 450_000,
 *   from: '2019-01-01',
 *   to: '2020-12-31',
 * };
 * ```
 */
export const Grant = fact({
  id: Id,
  category: Id,
  /** The receiving organisation's id. */
  recipient: Id,
  /** The granting department's id, or the executive board's. */
  grantor: Id,
  amountSek: NonNegativeInt,
  from: IsoDate,
  to: z.optional(IsoDate),
  area: z.optional(Id),
  purpose: z.optional(LocalizedText),
  writtenAgreement: z.optional(fact({ reference: Text, signed: IsoDate })),
});
/** @inline */
export type Grant = z.infer<typeof Grant>;
