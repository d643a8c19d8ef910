import * as z from 'zod/mini';
import { Id, IsoDate } from '../_lib/schema.js';
import { Side } from '../hosting/hosting.js';
import { LocalizedText } from '../text/text.js';
import { fact } from '../source/source.js';

/**
 * The kinds of member a working group is made of. Seed 003: "Samordnare från kommun och idéburna
 * sektorn. Värdar för de prioriterade utmaningarna. Adjungerade personer vid behov."
 *
 * @example
 * ```ts
 * const role: WorkingGroupRole = 'co-opted';
 * ```
 */
export const WorkingGroupRole = z.enum(['coordinator', 'host', 'co-opted']);
/** @inline */
export type WorkingGroupRole = z.infer<typeof WorkingGroupRole>;

/**
 * Medlemskap i arbetsgruppen: a dated seat in the working group. `member` is a coordinator id
 * (role `coordinator`), or an organisation or department id (roles `host` and `co-opted`);
 * `area` names the priority area a host sits for.
 *
 * @example
 * ```ts
 * const m: WorkingGroupMembership = { role: 'coordinator', member: 'samordnare-kommunen', side: 'municipality' };
 * ```
 */
export const WorkingGroupMembership = fact({
  role: WorkingGroupRole,
  member: Id,
  side: z.optional(Side),
  area: z.optional(Id),
  from: z.optional(IsoDate),
  to: z.optional(IsoDate),
});
/** @inline */
export type WorkingGroupMembership = z.infer<typeof WorkingGroupMembership>;

/**
 * Arbetsgrupp: the group that supports the agreement and spreads it. It "inte har ansvar för de
 * projekt/processer som påbörjas" and "sammanträder efter behov" (seed 003). `composition` says which
 * kinds of member it is made of; `members` lists the seats.
 *
 * @example
 * ```ts
 * const wg: WorkingGroup = { composition: ['coordinator', 'host', 'co-opted'], members: [] };
 * ```
 */
export const WorkingGroup = fact({
  description: z.optional(LocalizedText),
  composition: z.array(WorkingGroupRole),
  members: z.array(WorkingGroupMembership),
});
/** @inline */
export type WorkingGroup = z.infer<typeof WorkingGroup>;
