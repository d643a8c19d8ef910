// Long dates for the CLI without Intl at run time. The first Intl.DateTimeFormat a process makes costs
// V8 the list of every locale ICU has (each tag canonicalised), about a third of `node -e 0`; `samverkan
// validate` writes one date ("kontrollerad för 1 december 2026"). The bundle's build (scripts/
// build-cli.mjs) reads each built-in language's long date from Intl once — its parts in order and its
// twelve month names — and the CLI writes dates from that (src/cli/format.ts). A form is taken only if
// it writes what Intl writes; long-dates.test.ts holds it to formatDate for every day of two centuries.
import { formatDate, longDateFormat } from '../text/format.js';

/** A long date as a language writes it (`13 juni 2018`, `Juun 13, 2018`): its parts and month names. */
export interface LongDateForm {
  /** The parts in order: a field of the day, or the text between fields. */
  parts: readonly ({ field: 'day' | 'month' | 'year' } | { text: string })[];
  /** The twelve month names as a date writes them, January first. */
  months: readonly string[];
}

/** The day's fields, read as formatDate reads them; undefined for a year this form does not cover. */
function fields(day: string): { day: number; month: number; year: number } | string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return day;
  const time = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (Number.isNaN(time)) return day;
  // Date.UTC rolls an out-of-range day or month over (2019-02-30 is 2 March), as Intl then writes it.
  const date = new Date(time);
  const year = date.getUTCFullYear();
  // Four-digit years only: Intl writes others in ways (eras, no padding) the form does not describe.
  if (year < 1000 || year > 9999) return undefined;
  return { day: date.getUTCDate(), month: date.getUTCMonth(), year };
}

/**
 * Writes a day (`YYYY-MM-DD`) in a long-date form, as {@link formatDate} would in the form's language;
 * undefined when the form does not cover it (a year before 1000 or after 9999), for Intl to write.
 *
 * @example
 * ```ts
 * writeLongDate(readLongDateForm('sv')!, '2018-06-13'); // '13 juni 2018'
 * ```
 */
export function writeLongDate(form: LongDateForm, day: string): string | undefined {
  const f = fields(day);
  if (typeof f !== 'object') return f;
  let out = '';
  for (const part of form.parts) {
    if ('text' in part) out += part.text;
    else if (part.field === 'day') out += String(f.day);
    else if (part.field === 'month') out += form.months[f.month];
    else out += String(f.year);
  }
  return out;
}

/**
 * Reads how Intl writes a long date in a language (the one {@link formatDate} uses): its parts and
 * month names. Undefined when the language's form is not one {@link writeLongDate} can write — its
 * digits not 0–9, a day written with a leading zero, parts that change with the month — or when the
 * form, tried on every day of two years, does not write what formatDate writes.
 *
 * @example
 * ```ts
 * readLongDateForm('sv')?.months[5]; // 'juni'
 * ```
 */
export function readLongDateForm(locale: string): LongDateForm | undefined {
  const intl = longDateFormat(locale);
  const shape = (time: number) =>
    intl.formatToParts(time).map((p) => (p.type === 'literal' ? { text: p.value } : p.type === 'day' || p.type === 'month' || p.type === 'year' ? { field: p.type } : undefined));
  const parts = shape(Date.UTC(2001, 0, 1));
  if (parts.some((p) => p === undefined)) return undefined;
  const months: string[] = [];
  for (let month = 0; month < 12; month++) {
    const time = Date.UTC(2001, month, 13);
    if (JSON.stringify(shape(time)) !== JSON.stringify(parts)) return undefined;
    months.push(intl.formatToParts(time).find((p) => p.type === 'month')!.value);
  }
  const form: LongDateForm = { parts: parts as LongDateForm['parts'], months };
  for (let time = Date.UTC(2000, 0, 1); time < Date.UTC(2002, 0, 1); time += 86_400_000) {
    const day = new Date(time).toISOString().slice(0, 10);
    if (writeLongDate(form, day) !== formatDate(day, locale)) return undefined;
  }
  return form;
}
