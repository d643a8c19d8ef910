import * as z from 'zod/mini';
import { Id, IsoDate, Text, WebUrl } from '../_lib/schema.js';
import { Side } from '../hosting/hosting.js';
import { fact } from '../source/source.js';
import { LocalizedText } from '../text/text.js';
import { WAYS_OF_ORGANISING } from './ways.js';

/**
 * Arbetsform: a way the parties organise the work of the agreement.
 *
 * - `hosting` — värdskap: each priority area hosted by one idéburen organisation and one department
 *   (Malmö's Samarbetsplan 2018–2022, seed 003);
 * - `coordinators` — two samordnare, one per side (seeds 001, 003);
 * - `working-group` — an arbetsgrupp of coordinators, hosts and co-opted persons (seed 003);
 * - `forums` — dialogue forums or working groups with members from both sides and minuted meetings;
 * - `secretariat` — a secretariat that runs the day-to-day work;
 * - `conference` — a conference held yearly (or on another cycle).
 *
 * @example
 * ```ts
 * const way: WayOfOrganising = 'forums';
 * ```
 */
export const WayOfOrganising = z.enum(WAYS_OF_ORGANISING);
/** @inline */
export type WayOfOrganising = z.infer<typeof WayOfOrganising>;

/**
 * Ledamot: one seat in a forum, held on behalf of a side for a term. `member` names the body holding it
 * (an organisation, a department, the executive board or a party of the agreement); `role` says what the
 * seat is ("förtroendevald", "ordförande") — never a private person's name or contact.
 *
 * @example
 * ```ts
 * const m: ForumMember = { side: 'sector', member: 'got-united', from: '2024-01-01', to: '2026-12-31' };
 * ```
 */
export const ForumMember = fact({
  side: Side,
  member: z.optional(Id),
  role: z.optional(LocalizedText),
  /** How many seats this entry stands for (five politicians: `count: 5`). */
  count: z.optional(z.int().check(z.positive())),
  from: z.optional(IsoDate),
  to: z.optional(IsoDate),
});
/** @inline */
export type ForumMember = z.infer<typeof ForumMember>;

/**
 * Möte: one meeting of a forum, with a link to its published minutes (protokoll, minnesanteckningar).
 *
 * @example
 * ```ts
 * const m: Meeting = { date: '2024-05-20', minutes: 'https://example.org/protokoll-2024-05-20.pdf' };
 * ```
 */
export const Meeting = fact({
  date: IsoDate,
  title: z.optional(LocalizedText),
  minutes: z.optional(WebUrl),
});
/** @inline */
export type Meeting = z.infer<typeof Meeting>;

/**
 * Forum: a dialogue forum, samrådsgrupp or working group of both sides, with its members by side and
 * their terms, and its meetings (Västra Götalandsregionen's working group of five politicians and five
 * representatives of the sector, for one).
 *
 * @example
 * ```ts
 * const f: Forum = { id: 'arbetsgrupp', name: { sv: 'Arbetsgruppen' }, members: [], meetings: [] };
 * ```
 */
export const Forum = fact({
  id: Id,
  name: LocalizedText,
  description: z.optional(LocalizedText),
  members: z.array(ForumMember),
  meetings: z.optional(z.array(Meeting)),
});
/** @inline */
export type Forum = z.infer<typeof Forum>;

/**
 * Sekretariat (kansli): who runs the agreement's day-to-day work — e.g. an organisation of the sector.
 *
 * @example
 * ```ts
 * const s: Secretariat = { runBy: 'got-united', side: 'sector' };
 * ```
 */
export const Secretariat = fact({
  /** The organisation, department or executive board that runs it. */
  runBy: Id,
  side: z.optional(Side),
  description: z.optional(LocalizedText),
  from: z.optional(IsoDate),
  to: z.optional(IsoDate),
});
/** @inline */
export type Secretariat = z.infer<typeof Secretariat>;

/**
 * Konferens: a conference the parties hold on a cycle (Uppsala's yearly dialogue conference), with the
 * ones held.
 *
 * @example
 * ```ts
 * const c: Conference = { name: { sv: 'Dialogkonferens' }, everyYears: 1, held: [{ date: '2025-10-02' }] };
 * ```
 */
export const Conference = fact({
  name: LocalizedText,
  description: z.optional(LocalizedText),
  /** How often it is held, in years; 1 when left out. */
  everyYears: z.optional(z.int().check(z.positive(), z.lte(10))),
  held: z.optional(z.array(Meeting)),
});
/** @inline */
export type Conference = z.infer<typeof Conference>;

/**
 * Organisering: how the work of the agreement is organised — which ways it uses, and the forums,
 * secretariat and conference where it has them. An agreement without `organising` is read as a 0.1
 * file was: värdskap, coordinators and a working group.
 *
 * @example
 * ```ts
 * const o: Organising = { ways: ['secretariat', 'forums'], secretariat: { runBy: 'got-united', side: 'sector' } };
 * ```
 */
export const Organising = fact({
  ways: z.array(WayOfOrganising),
  description: z.optional(LocalizedText),
  forums: z.optional(z.array(Forum)),
  secretariat: z.optional(Secretariat),
  conference: z.optional(Conference),
  note: z.optional(Text),
});
/** @inline */
export type Organising = z.infer<typeof Organising>;
