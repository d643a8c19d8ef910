import * as z from 'zod/mini';
import { Id, IsoDate, Text, WebUrl } from '../_lib/schema.js';
import { fact } from '../source/source.js';
import { LocalizedText } from '../text/text.js';

/**
 * SKR:s kriterier för IOP: the criteria Sveriges Kommuner och Regioner set out in 2017, which kommuner
 * use as a checklist (Uddevalla's page lists them with "(SKR, 2017)",
 * https://www.uddevalla.se/omsorg-och-hjalp/folkhalsoarbete/overenskommelse-kommun--ideburen-sektor/ideburet-offentligt-partnerskap-iop.html):
 *
 * - `not-basic-funding` — the partnership is not part of the organisation's basic funding (normerat föreningsbidrag);
 * - `not-a-purchase` — it is not a purchase of a service but a co-financed effort meant to develop over time;
 * - `shared-need` — it rests on a shared need for collaboration;
 * - `part-of-programme` — it is preferably part of a political programme or plan that names civil society as a partner;
 * - `not-regulated-in-detail` — the kommun does not regulate the activity in detail;
 * - `shared-ownership` — both sides share engagement, ownership and governance;
 * - `written-as-mutual` — where there is a market, it is written down as a co-financed, mutual relationship;
 * - `long-term` — it is meant to run for a long time and develop through joint follow-up, evaluation and decisions.
 *
 * @example
 * ```ts
 * const c: IopCriterion = 'shared-need';
 * ```
 */
export const IopCriterion = z.enum([
  'not-basic-funding',
  'not-a-purchase',
  'shared-need',
  'part-of-programme',
  'not-regulated-in-detail',
  'shared-ownership',
  'written-as-mutual',
  'long-term',
]);
/** @inline */
export type IopCriterion = z.infer<typeof IopCriterion>;

/**
 * Insats i ett IOP: what one party brings — money (`amountSek` a year, where known) or something in kind
 * (premises, staff, volunteers' time), described.
 *
 * @example
 * ```ts
 * const c: IopContribution = { party: 'arbetsmarknads-och-socialforvaltningen', kind: 'money', amountSek: 600000, year: 2019 };
 * ```
 */
export const IopContribution = fact({
  /** The organisation, department or executive board that contributes. */
  party: Id,
  kind: z.enum(['money', 'in-kind']),
  amountSek: z.optional(z.number().check(z.gte(0))),
  /** The year the amount is for, where it is a yearly one. */
  year: z.optional(z.int().check(z.gte(1900), z.lte(2200))),
  description: z.optional(LocalizedText),
});
/** @inline */
export type IopContribution = z.infer<typeof IopContribution>;

/**
 * Skriftlig överenskommelse: the written IOP agreement, by reference, date signed and where it is published.
 *
 * @example
 * ```ts
 * const w: IopWrittenAgreement = { reference: 'ASF-2019-123', signed: '2019-02-01' };
 * ```
 */
export const IopWrittenAgreement = fact({
  reference: z.optional(Text),
  signed: z.optional(IsoDate),
  url: z.optional(WebUrl),
});
/** @inline */
export type IopWrittenAgreement = z.infer<typeof IopWrittenAgreement>;

/**
 * Utvärdering: a planned or done evaluation of an IOP.
 *
 * @example
 * ```ts
 * const e: IopEvaluation = { date: '2020-12-31', done: false };
 * ```
 */
export const IopEvaluation = fact({
  date: IsoDate,
  done: z.optional(z.boolean()),
  report: z.optional(WebUrl),
});
/** @inline */
export type IopEvaluation = z.infer<typeof IopEvaluation>;

/**
 * Idéburet offentligt partnerskap (IOP): a partnership between the public side and idéburna
 * organisations on a shared goal, co-financed by both. Seed 002 places it between procurement and
 * grants, needing market analysis and legal review; it has no legal definition, and nobody registers
 * the roughly 240 that exist — so the agreement keeps its own record: the parties, the purpose, the
 * period, the decision, the written agreement, each side's contribution, the evaluations and SKR's
 * criteria as a checklist.
 *
 * @example
 * ```ts
 * const iop: Iop = {
 *   id: 'iop-kvinnojour',
 *   name: { sv: 'IOP om skyddat boende' },
 *   parties: ['arbetsmarknads-och-socialforvaltningen', 'kvinnojouren'],
 *   purpose: { sv: 'Skydd och stöd för våldsutsatta kvinnor.' },
 *   period: { start: '2019-01-01', end: '2021-12-31' },
 *   writtenAgreement: { signed: '2018-12-10' },
 *   contributions: [],
 * };
 * ```
 */
export const Iop = fact({
  id: Id,
  name: LocalizedText,
  /** The organisations, departments or executive board that are parties to it. */
  parties: z.array(Id).check(z.minLength(2)),
  purpose: LocalizedText,
  period: z.optional(fact({ start: IsoDate, end: z.optional(IsoDate) })),
  /** Diarienummer of the decision to enter it. */
  decisionReference: z.optional(Text),
  decided: z.optional(IsoDate),
  writtenAgreement: z.optional(IopWrittenAgreement),
  contributions: z.array(IopContribution),
  evaluations: z.optional(z.array(IopEvaluation)),
  /** SKR's criteria, each marked as met (`true`) or not (`false`); left out where not assessed. */
  criteria: z.optional(z.partialRecord(IopCriterion, z.boolean())),
  /** The priority area it serves, if any. */
  area: z.optional(Id),
  description: z.optional(LocalizedText),
});
/** @inline */
export type Iop = z.infer<typeof Iop>;
