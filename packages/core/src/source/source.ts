import * as z from 'zod/mini';
import { Id, IsoDate, Text, WebUrl } from '../_lib/schema.js';

/**
 * Källa: a document the agreement's data is drawn from — a decision, a plan, a report, a web page — so
 * each fact can cite it by id. A web page carries its address and the day it was read.
 *
 * @example
 * ```ts
 * const s: Source = { id: 'samarbetsplan-2018', title: 'Samarbetsplan 2018–2022', date: '2018-06-13' };
 * ```
 */
export const Source = z.strictObject({
  $comment: z.optional(z.string()),
  id: Id,
  title: Text,
  date: z.optional(IsoDate),
  publisher: z.optional(Text),
  /** The address of the document or page (http or https). */
  url: z.optional(WebUrl),
  /** The day the page was read, for a source that may change. */
  read: z.optional(IsoDate),
});
/** @inline */
export type Source = z.infer<typeof Source>;

/**
 * Källhänvisning: where one fact comes from — a source of the agreement by id with a locator (a page, a
 * heading, a quotation), or a web address with the day it was read.
 *
 * @example
 * ```ts
 * const cited: SourceRef = { source: 'samarbetsplan-2018-2022', locator: 'Revidering' };
 * const page: SourceRef = { url: 'https://example.org/beslut', read: '2026-12-01' };
 * ```
 */
export const SourceRef = z.union([
  z.strictObject({ $comment: z.optional(z.string()), source: Id, locator: z.optional(Text) }),
  z.strictObject({ $comment: z.optional(z.string()), url: WebUrl, read: IsoDate, title: z.optional(Text), locator: z.optional(Text) }),
]);
/** @inline */
export type SourceRef = z.infer<typeof SourceRef>;

/**
 * Säkerhet: whether a value is `stated` in its sources or `inferred` from them (a guess the data marks as
 * one, e.g. a plan's last day read from "2018–2022").
 *
 * @example
 * ```ts
 * const c: Certainty = 'inferred';
 * ```
 */
export const Certainty = z.enum(['stated', 'inferred']);
/** @inline */
export type Certainty = z.infer<typeof Certainty>;

/**
 * The keys every fact of an agreement may carry: a comment, its sources, how certain it is as a whole
 * (`certainty`), and which of its fields are inferred (`inferred`).
 */
const FACT_KEYS = {
  /** A note for the people who edit the file, as JSON Schema's `$comment`; never shown. */
  $comment: z.optional(z.string()),
  sources: z.optional(z.array(SourceRef)),
  certainty: z.optional(Certainty),
  /** The names of the fields of this object that are inferred rather than stated, e.g. `["end"]`. */
  inferred: z.optional(z.array(z.string())),
};

/**
 * A strict object schema for a fact of the agreement: the shape given, plus `$comment`, `sources` and
 * `certainty`, which any object of an agreement may carry.
 *
 * @example
 * ```ts
 * const Meeting = fact({ date: IsoDate });
 * ```
 */
export function fact<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.strictObject({ ...shape, ...FACT_KEYS });
}

/**
 * Whether an object of the agreement is marked `inferred` — as a whole, or (given a field) in that field.
 *
 * @example
 * ```ts
 * isInferred({ certainty: 'inferred' }); // true
 * isInferred({ end: '2022-12-31', inferred: ['end'] }, 'end'); // true
 * ```
 */
export function isInferred(value: { certainty?: Certainty | undefined; inferred?: readonly string[] | undefined }, field?: string): boolean {
  return value.certainty === 'inferred' || (field !== undefined && (value.inferred?.includes(field) ?? false));
}
