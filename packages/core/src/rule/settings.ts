import * as z from 'zod/mini';

/**
 * Regelinställning: how an agreement applies one rule — switched off, at another severity, or with its
 * parameters set (e.g. `{ "params": { "years": 5 } }` for the area time frame). Not every agreement has
 * värdskap (Göteborg's has forums), so each kommun decides which rules are its own.
 *
 * @example
 * ```ts
 * const off: RuleSetting = { enabled: false };
 * const looser: RuleSetting = { severity: 'warning', params: { years: 5 } };
 * ```
 */
export const RuleSetting = z.strictObject({
  $comment: z.optional(z.string()),
  enabled: z.optional(z.boolean()),
  severity: z.optional(z.enum(['error', 'warning', 'info'])),
  params: z.optional(z.record(z.string(), z.number())),
});
/** @inline */
export type RuleSetting = z.infer<typeof RuleSetting>;

/**
 * The rule settings of an agreement, keyed by rule id (see {@link RULES}).
 *
 * @example
 * ```ts
 * const settings: RuleSettings = { 'hosting-seats': { enabled: false }, 'area-time-frame': { params: { years: 5 } } };
 * ```
 */
export const RuleSettings = z.record(z.string(), RuleSetting);
/** @inline */
export type RuleSettings = z.infer<typeof RuleSettings>;
