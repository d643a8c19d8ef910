import * as z from 'zod/mini';
import { Id, IsoDate } from '../_lib/schema.js';
import { Hosting, isInForce, type Side } from '../hosting/hosting.js';
import { LocalizedText } from '../text/text.js';
import { fact } from '../source/source.js';


/**
 * Arbetets gång: the five steps of work in a priority area, in order (Samarbetsplan 2018–2022, seed 003):
 *
 * 1. `identifying-hosts` — the coordinators jointly identify actors interested in hosting (värdar);
 * 2. `dialogue-and-matching` — dialog- och matchningsfas around concrete actions;
 * 3. `development-and-innovation` — utveckling och innovation;
 * 4. `results-and-dissemination` — sammanställning och spridning av resultat;
 * 5. `evaluation-and-follow-up` — utvärdering och uppföljning, lessons carried into later work.
 *
 * @example
 * ```ts
 * const phase: AreaPhase = 'dialogue-and-matching';
 * ```
 */
// The same list as AREA_PHASES (phases.ts; a test keeps them equal), written out so that a page which
// shows phases and one which validates do not share a module: the web components' bundles stay apart.
export const AreaPhase = z.enum([
  'identifying-hosts',
  'dialogue-and-matching',
  'development-and-innovation',
  'results-and-dissemination',
  'evaluation-and-follow-up',
]);
/** @inline */
export type AreaPhase = z.infer<typeof AreaPhase>;

/**
 * Status of an area in the plan: `planned` (named but not begun), `active`, or `concluded`.
 *
 * @example
 * ```ts
 * const status: AreaStatus = 'active';
 * ```
 */
export const AreaStatus = z.enum(['planned', 'active', 'concluded']);
/** @inline */
export type AreaStatus = z.infer<typeof AreaStatus>;

/**
 * Prioriterat område (samhällsutmaning): a societal challenge the parties collaborate on. Seed 003:
 * areas are chosen in dialogue, new ones may be added, "tidsramen är ca fyra år för ett område", and a
 * challenge "kan startas upp när behov uppstår, och kan vara korta eller långa i tid".
 *
 * @example
 * ```ts
 * const area: PriorityArea = {
 *   id: 'jamlik-fritid-och-kultur',
 *   name: { sv: 'Jämlik fritid och kultur', en: 'Equal leisure and culture' },
 *   description: { sv: 'Det finns betydande skillnader …' },
 *   status: 'active',
 *   phase: 'identifying-hosts',
 *   hosts: [],
 * };
 * ```
 */
export const PriorityArea = fact({
  id: Id,
  name: LocalizedText,
  description: LocalizedText,
  status: AreaStatus,
  /** Where the area stands in "Arbetets gång"; only with värdskap. */
  phase: z.optional(AreaPhase),
  /** When work in the area began; the time frame counts from here. */
  started: z.optional(IsoDate),
  /** Tidsram in years (seed 003: about four). Left out, the agreement's rule default applies. */
  timeFrameYears: z.optional(z.number().check(z.positive(), z.lte(50))),
  /** Värdskap: the hosting seats, past and present; only with värdskap. An empty list means both seats are vacant. */
  hosts: z.optional(z.array(Hosting)),
  targetGroups: z.optional(z.array(Id)),
  districts: z.optional(z.array(Id)),
});
/** @inline */
export type PriorityArea = z.infer<typeof PriorityArea>;

/**
 * The hosting seat of one side in force on a day, or `undefined` when that seat is vacant (vakant).
 *
 * @example
 * ```ts
 * currentHost(area, 'sector', '2019-06-01'); // { side: 'sector', host: 'miso', … } or undefined
 * ```
 */
export function currentHost(area: PriorityArea, side: Side, day: string): Hosting | undefined {
  return (area.hosts ?? []).find((h) => h.side === side && isInForce(h, day));
}
