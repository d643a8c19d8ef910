import { format } from 'date-fns';

/**
 * A day as `YYYY-MM-DD`: from a `Date`, from a `YYYY-MM-DD` string, or today when left out. Throws a
 * `RangeError` for anything else — a programmer error, not bad data.
 */
export function toDay(value: Date | string | undefined): string {
  if (value === undefined) return format(new Date(), 'yyyy-MM-dd');
  if (typeof value === 'string') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw new RangeError(value);
    return value;
  }
  if (Number.isNaN(value.getTime())) throw new RangeError('Invalid Date');
  return format(value, 'yyyy-MM-dd');
}
