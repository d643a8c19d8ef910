import * as z from 'zod/mini';
import { Id, IsoDate, Text } from '../_lib/schema.js';
import { PriorityArea } from '../area/area.js';
import { LocalizedText } from '../text/text.js';
import { fact } from '../source/source.js';

/**
 * Status of an insats: `planned`, `to-be-investigated` (förutsättningarna ska utredas), `ongoing`,
 * `done`, or `cancelled`.
 *
 * @example
 * ```ts
 * const s: ActionStatus = 'to-be-investigated';
 * ```
 */
export const ActionStatus = z.enum(['planned', 'to-be-investigated', 'ongoing', 'done', 'cancelled']);
/** @inline */
export type ActionStatus = z.infer<typeof ActionStatus>;

/**
 * Indikator: a measure of an insats with its value per year.
 *
 * @example
 * ```ts
 * const i: Indicator = { id: 'utbildade-vardar', name: { sv: 'Utbildade värdar' }, unit: { sv: 'personer' }, values: [{ year: 2019, value: 10 }] };
 * ```
 */
export const Indicator = fact({
  id: Id,
  name: LocalizedText,
  unit: z.optional(LocalizedText),
  target: z.optional(z.number()),
  values: z.array(fact({ year: z.int().check(z.gte(1900), z.lte(2200)), value: z.number() })),
});
/** @inline */
export type Indicator = z.infer<typeof Indicator>;

/**
 * Insats: an activity of a plan — what is to be done, who answers for it (parties, departments or
 * organisations by id), over which period, how far it has come, and its indicators. Samarbetsplan
 * 2018–2022 (seed 003) holds, among others, the kontaktcenter, the föreningscenter to be investigated,
 * training, an external evaluation, a digital portal and a joint kommunikationsplan.
 *
 * @example
 * ```ts
 * const a: Action = {
 *   id: 'foreningscenter',
 *   name: { sv: 'Föreningscenter' },
 *   responsible: ['malmo-stad', 'ideburen-sektor-i-malmo'],
 *   status: 'to-be-investigated',
 * };
 * ```
 */
export const Action = fact({
  id: Id,
  name: LocalizedText,
  description: z.optional(LocalizedText),
  /** Who answers for it: party, department, executive board or organisation ids. */
  responsible: z.array(Id),
  period: z.optional(fact({ start: z.optional(IsoDate), end: z.optional(IsoDate) })),
  status: ActionStatus,
  indicators: z.optional(z.array(Indicator)),
  /** The priority areas it serves. */
  areas: z.optional(z.array(Id)),
});
/** @inline */
export type Action = z.infer<typeof Action>;

/**
 * Åtagande: what one party of the agreement commits to (seed 003, "Ansvar": Malmö stad answers for the
 * yearly report, the sector for contributing to it).
 *
 * @example
 * ```ts
 * const c: Commitment = { party: 'malmo-stad', text: { sv: 'Att göra en årlig rapportering av samverkan.' } };
 * ```
 */
export const Commitment = fact({
  /** A party's id, or `joint` for what the parties commit to together. */
  party: Id,
  text: LocalizedText,
});
/** @inline */
export type Commitment = z.infer<typeof Commitment>;

/**
 * Revision: how often the agreement or its plan is revised — once per mandate period (Malmö's plan,
 * seed 003: "en gång per mandatperiod") or every N years (Uppsala's agreement: every fifth year) — and
 * whether the cycle is the plan's or the agreement's.
 *
 * @example
 * ```ts
 * const malmos: RevisionCycle = { of: 'plan', every: 'mandate-period' };
 * const uppsalas: RevisionCycle = { of: 'agreement', every: 'years', years: 5 };
 * ```
 */
export const RevisionCycle = fact({
  of: z.enum(['plan', 'agreement']),
  every: z.enum(['mandate-period', 'years']),
  /** With `every: 'years'`, how many. */
  years: z.optional(z.int().check(z.positive(), z.lte(20))),
  /** How the revision is done, e.g. "i bred samverkan mellan Malmö stad och idéburen sektor". */
  how: z.optional(LocalizedText),
});
/** @inline */
export type RevisionCycle = z.infer<typeof RevisionCycle>;

/**
 * Revidering: a past revision of the agreement itself, with the decision.
 *
 * @example
 * ```ts
 * const r: Revision = { date: '2014-06-01', decisionReference: 'RS-2014-1' };
 * ```
 */
export const Revision = fact({
  date: IsoDate,
  decisionReference: z.optional(Text),
  description: z.optional(LocalizedText),
});
/** @inline */
export type Revision = z.infer<typeof Revision>;

/**
 * Samarbetsplan: a version of the plan that puts the agreement to work for a period (called
 * "handlingsplan" in Malmö's agreement and renamed, seed 003). It is revised or updated once per
 * mandate period (seed 003, "Revidering"), so an agreement holds several, one of them current.
 *
 * @example
 * ```ts
 * const plan: CooperationPlan = {
 *   id: 'samarbetsplan-2018-2022',
 *   name: { sv: 'Samarbetsplan 2018–2022' },
 *   period: { start: '2018-06-13', end: '2022-12-31' },
 *   areas: [],
 * };
 * ```
 */
export const CooperationPlan = fact({
  id: Id,
  name: LocalizedText,
  /** The years the plan runs; `end` is the last day it applies. */
  period: fact({ start: IsoDate, end: IsoDate }),
  adopted: z.optional(IsoDate),
  /** Diarienummer of the decision that adopted the plan. */
  decisionReference: z.optional(Text),
  /** Syfte: what the plan is for. */
  purpose: z.optional(LocalizedText),
  /** Riktlinjer: what the plan must cover, as the agreement sets it out. */
  guidelines: z.optional(z.array(LocalizedText)),
  areas: z.array(PriorityArea),
  /** Insatser: the plan's activities. */
  actions: z.optional(z.array(Action)),
  /** The plan this one revises, if any. */
  revises: z.optional(Id),
});
/** @inline */
export type CooperationPlan = z.infer<typeof CooperationPlan>;
