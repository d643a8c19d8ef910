import * as z from 'zod/mini';
import { Id, Text } from '../_lib/schema.js';
import { fact } from '../source/source.js';
import { LocalizedText } from '../text/text.js';

/**
 * A day, a month or a year: `2015`, `2015-06` or `2015-06-14` — as exact as the source is.
 *
 * @example
 * ```ts
 * const when: PartialDate = '2015';
 * ```
 */
export const PartialDate = z.string().check(z.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'partial_date'));
/** @inline */
export type PartialDate = z.infer<typeof PartialDate>;

/**
 * How an organisation joined: `signed-at-adoption` (it signed when the agreement was adopted),
 * `application` (it applied and was accepted, as in Göteborg and Västra Götalandsregionen) or `decision`
 * (its own board or the parties decided it).
 *
 * @example
 * ```ts
 * const how: JoiningMethod = 'application';
 * ```
 */
export const JoiningMethod = z.enum(['signed-at-adoption', 'application', 'decision']);
/** @inline */
export type JoiningMethod = z.infer<typeof JoiningMethod>;

/**
 * What was joined: the agreement itself, or the declaration of intent (avsiktsförklaring) that came
 * before it.
 *
 * @example
 * ```ts
 * const to: JoiningInstrument = 'declaration-of-intent';
 * ```
 */
export const JoiningInstrument = z.enum(['agreement', 'declaration-of-intent']);
/** @inline */
export type JoiningInstrument = z.infer<typeof JoiningInstrument>;

/**
 * Anslutning: one organisation's joining of the agreement (or of its declaration of intent) — when, how,
 * and when it left. The register holds one entry per time an organisation joined. Malmö's
 * avsiktsförklaring of 2015 is one use: seed 000 lists the organisations that "medverkat eller anslutit
 * sig", without saying how each did, so `how` is left out there.
 *
 * @example
 * ```ts
 * const j: Joining = { organisation: 'got-united', date: '2012-11-01', how: 'application' };
 * ```
 */
export const Joining = fact({
  organisation: Id,
  /** What was joined; `agreement` when left out. */
  to: z.optional(JoiningInstrument),
  /** When it joined: a day, a month or a year. */
  date: PartialDate,
  how: z.optional(JoiningMethod),
  /** Diarienummer of the decision that accepted it, where there is one. */
  decisionReference: z.optional(Text),
  /** When it left, if it has. */
  left: z.optional(PartialDate),
  note: z.optional(LocalizedText),
});
/** @inline */
export type Joining = z.infer<typeof Joining>;

/**
 * The organisations that belong to the agreement (or its declaration of intent) on a day: joined on or
 * before it and not yet left. A joining dated by year or month counts from that year's or month's start.
 *
 * @example
 * ```ts
 * joinedOn(malmo.joined ?? [], '2016-01-01', 'declaration-of-intent').length; // 32
 * ```
 */
export function joinedOn(register: readonly Joining[], day: string, to: JoiningInstrument = 'agreement'): Joining[] {
  return register.filter((j) => (j.to ?? 'agreement') === to && j.date <= day && (j.left === undefined || startOf(j.left) > day));
}

/** The first day a partial date can mean, `2015` → `2015-01-01`. */
export function startOf(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The last day a partial date can mean, `2015` → `2015-12-31`, `2015-02` → `2015-02-31` (compared as text, so any day of the month is before it). */
export function endOf(date: string): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
}
