import { addDays, addYears, format, getDay } from 'date-fns';
import { toDay } from '../_lib/day.js';

/**
 * Mandatperiod: the four-year term of the municipal assembly, from 15 October of an election year
 * through 14 October four years later (kommunallagen 2017:725, 5 kap. 5 §).
 *
 * @example
 * ```ts
 * const p: MandatePeriod = { electionYear: 2022, election: '2022-09-11', start: '2022-10-15', end: '2026-10-14' };
 * ```
 */
export interface MandatePeriod {
  electionYear: number;
  /** The general election's date, `YYYY-MM-DD`. */
  election: string;
  /** The first day of the period, `YYYY-MM-DD`. */
  start: string;
  /** The last day of the period, `YYYY-MM-DD`. */
  end: string;
}

/** Four-year terms with general elections every fourth year began with the election of 1994. */
const FIRST_FOUR_YEAR_ELECTION = 1994;

/**
 * Whether a year had (or will have) a Swedish general election: every fourth year from 1994
 * (…, 2014, 2018, 2022, 2026, …).
 *
 * @example
 * ```ts
 * isElectionYear(2026); // true
 * ```
 */
export function isElectionYear(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_FOUR_YEAR_ELECTION && (year - FIRST_FOUR_YEAR_ELECTION) % 4 === 0;
}

/**
 * The date of the general election in an election year: the second Sunday of September from 2014
 * (vallagen 2005:837 as amended), the third Sunday before that.
 *
 * @example
 * ```ts
 * electionDate(2018); // '2018-09-09'
 * electionDate(2010); // '2010-09-19'
 * ```
 */
export function electionDate(year: number): string {
  if (!isElectionYear(year)) throw new RangeError(`${year} is not a Swedish general election year`);
  const first = new Date(year, 8, 1);
  const firstSunday = addDays(first, (7 - getDay(first)) % 7);
  return format(addDays(firstSunday, year >= 2014 ? 7 : 14), 'yyyy-MM-dd');
}

function periodFor(electionYear: number): MandatePeriod {
  const start = new Date(electionYear, 9, 15);
  return {
    electionYear,
    election: electionDate(electionYear),
    start: format(start, 'yyyy-MM-dd'),
    end: format(addDays(addYears(start, 4), -1), 'yyyy-MM-dd'),
  };
}

/**
 * The mandate period a day falls in. Days before 15 October belong to the period that began in the
 * previous election year. Throws a `RangeError` for a day before the first four-year period (1994-10-15)
 * or for an invalid or impossible date (2019-02-30): a programmer error, not bad data.
 *
 * @example
 * ```ts
 * mandatePeriodAt('2026-10-14').start; // '2022-10-15'
 * mandatePeriodAt('2026-10-15').start; // '2026-10-15'
 * ```
 */
export function mandatePeriodAt(date: Date | string): MandatePeriod {
  const day = toDay(date);
  const year = Number(day.slice(0, 4));
  let electionYear = year - ((year - FIRST_FOUR_YEAR_ELECTION) % 4 + 4) % 4;
  if (day < `${electionYear}-10-15`) electionYear -= 4;
  if (electionYear < FIRST_FOUR_YEAR_ELECTION) {
    throw new RangeError(`${day} is before the first four-year mandate period (1994-10-15)`);
  }
  return periodFor(electionYear);
}

/**
 * The mandate periods that overlap a date range, in order.
 *
 * @example
 * ```ts
 * mandatePeriodsBetween('2018-06-13', '2022-12-31').map((p) => p.electionYear); // [2014, 2018, 2022]
 * ```
 */
export function mandatePeriodsBetween(from: Date | string, to: Date | string): MandatePeriod[] {
  const first = mandatePeriodAt(from);
  const last = mandatePeriodAt(to);
  const out: MandatePeriod[] = [];
  for (let y = first.electionYear; y <= last.electionYear; y += 4) out.push(periodFor(y));
  return out;
}
