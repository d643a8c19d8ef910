// The CLI bundle's text/format: scripts/build-cli.mjs puts it in place of src/text/format.ts for every
// module of the bundle. It writes the built-in languages' long dates from forms the build read from
// Intl (src/cli/long-dates.ts), so a start makes no Intl.DateTimeFormat for them; everything else, and
// any other language, is text/format's own.
import { formatDate as formatWithIntl } from '../text/format.js';
import { type LongDateForm, writeLongDate } from './long-dates.js';

export * from '../text/format.js';

// The forms, by language tag, written in by the build.
declare const SAMVERKAN_LONG_DATES: Readonly<Record<string, LongDateForm>>;

/**
 * A calendar day written out in the language, as text/format's `formatDate` writes it, from the
 * language's form when the build has one.
 *
 * @example
 * ```ts
 * formatDate('2018-06-13', 'sv'); // '13 juni 2018'
 * ```
 */
export function formatDate(day: string, locale = 'sv'): string {
  const form = Object.hasOwn(SAMVERKAN_LONG_DATES, locale) ? SAMVERKAN_LONG_DATES[locale] : undefined;
  return (form && writeLongDate(form, day)) ?? formatWithIntl(day, locale);
}
