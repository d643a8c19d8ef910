import { format } from 'date-fns';

/**
 * Whether a string is a real calendar day written `YYYY-MM-DD`: 2019-02-28 is, 2019-02-29, 2019-02-30
 * and 2019-04-31 are not (`Date.parse` would roll them over into the next month).
 */
export function isDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

/**
 * A day as `YYYY-MM-DD`: from a `Date`, from a `YYYY-MM-DD` string, or today when left out. Throws a
 * `RangeError` for anything else (an impossible day such as 2019-02-30 included) — a programmer error,
 * not bad data. The one parser of a day in the package.
 */
export function toDay(value: Date | string | undefined): string {
  if (value === undefined) return dayOf(new Date());
  if (typeof value === 'string') {
    if (!isDay(value)) throw new RangeError(`Not a day as YYYY-MM-DD: ${value}`);
    return value;
  }
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw new RangeError('Invalid Date');
  return dayOf(value);
}

/**
 * A date's day where the code runs, as `YYYY-MM-DD`: what date-fns writes for
 * `format(date, 'yyyy-MM-dd')`, without running its formatter (the CLI writes today's date on every
 * start). A year outside 1–9999, or an invalid date, is left to date-fns, which writes or refuses it.
 *
 * @example
 * ```ts
 * dayOf(new Date(2019, 4, 13)); // '2019-05-13'
 * ```
 */
export function dayOf(date: Date): string {
  const year = date.getFullYear();
  if (!(year >= 1 && year <= 9999)) return format(date, 'yyyy-MM-dd');
  return `${String(year).padStart(4, '0')}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
