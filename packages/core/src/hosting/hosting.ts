import * as z from 'zod/mini';
import { Id, IsoDate, Text } from '../_lib/schema.js';
import { LocalizedText } from '../text/text.js';
import { fact } from '../source/source.js';

/**
 * Sida: which party of the agreement a role is held on behalf of — the municipality (kommunen)
 * or the idéburen sektor.
 *
 * @example
 * ```ts
 * const side: Side = 'sector';
 * ```
 */
export const Side = z.enum(['municipality', 'sector']);
/** @inline */
export type Side = z.infer<typeof Side>;

/**
 * Värdskapsavtal: the agreement between the municipality and a hosting idéburen organisation that
 * regulates the assignment. Samarbetsplan 2018–2022 (seed 003): "Det kommer därför att upprättas avtal
 * mellan kommunen och respektive ansvarig idéburen organisation som reglerar förutsättningarna för uppdraget."
 *
 * @example
 * ```ts
 * const avtal: HostingAgreement = { reference: 'STK-2019-123', signed: '2019-02-01' };
 * ```
 */
export const HostingAgreement = fact({
  /** Diarienummer or other reference to the signed avtal. */
  reference: Text,
  signed: IsoDate,
  validUntil: z.optional(IsoDate),
  description: z.optional(LocalizedText),
});
/** @inline */
export type HostingAgreement = z.infer<typeof HostingAgreement>;

/**
 * Värdskap: one seat of hosting in a priority area, held from a date (and until one) by an idéburen
 * organisation (`side: 'sector'`, `host` an organisation id) or by a department (`side: 'municipality'`,
 * `host` a department id). Seed 003: "Det ska alltså finnas ett värdskap och en värd från en idéburen
 * organisation och en förvaltning för varje område."
 *
 * @example
 * ```ts
 * const seat: Hosting = { side: 'municipality', host: 'fritidsforvaltningen', from: '2019-01-01' };
 * ```
 */
export const Hosting = fact({
  side: Side,
  /** The organisation's id (sector side) or the department's id (municipal side). */
  host: Id,
  from: IsoDate,
  to: z.optional(IsoDate),
  agreement: z.optional(HostingAgreement),
});
/** @inline */
export type Hosting = z.infer<typeof Hosting>;

/**
 * Whether a dated membership (a hosting seat, a coordinator post) is in force on a day:
 * from `from` up to and including `to`. Dates compare as `YYYY-MM-DD` strings.
 *
 * @example
 * ```ts
 * isInForce({ from: '2019-01-01', to: '2020-12-31' }, '2020-06-01'); // true
 * ```
 */
export function isInForce(term: { from?: string | undefined; to?: string | undefined }, day: string): boolean {
  return (term.from === undefined || term.from <= day) && (term.to === undefined || day <= term.to);
}
