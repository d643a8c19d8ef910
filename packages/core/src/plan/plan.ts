import * as z from 'zod/mini';
import { Id, IsoDate, Text } from '../_lib/schema.js';
import { PriorityArea } from '../area/area.js';
import { LocalizedText } from '../text/text.js';

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
export const CooperationPlan = z.strictObject({
  id: Id,
  name: LocalizedText,
  /** The years the plan runs; `end` is the last day it applies. */
  period: z.strictObject({ start: IsoDate, end: IsoDate }),
  adopted: z.optional(IsoDate),
  /** Diarienummer of the decision that adopted the plan. */
  decisionReference: z.optional(Text),
  /** Riktlinjer: what the plan must cover, as the agreement sets it out. */
  guidelines: z.optional(z.array(LocalizedText)),
  areas: z.array(PriorityArea),
  /** The plan this one revises, if any. */
  revises: z.optional(Id),
});
/** @inline */
export type CooperationPlan = z.infer<typeof CooperationPlan>;
