// Shared schema primitives. Private: nothing here is exported from the package.
import * as z from 'zod/mini';

/** A stable ASCII slug: lower-case letters, digits and single hyphens, e.g. `ungas-halsa`. */
export const Id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug'));

/** A calendar date as `YYYY-MM-DD`. */
export const IsoDate = z.iso.date();

/** A web address that is safe to render as a link: http or https only. */
export const WebUrl = z.string().check(z.regex(/^https?:\/\/[^\s/$.?#][^\s]*$/i, 'http_url'));

/** A whole number of years or ages, never negative. */
export const NonNegativeInt = z.int().check(z.gte(0));

/** A closed date range; `end` may be left out for an open one. */
export const DateRange = z.strictObject({
  $comment: z.optional(z.string()),
  start: IsoDate,
  end: z.optional(IsoDate),
});


/** A non-empty trimmed string. */
export const Text = z.string().check(z.trim(), z.minLength(1));
