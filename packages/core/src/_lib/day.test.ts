import fc from 'fast-check';
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { dayOf } from './day.js';

describe('dayOf, the day the CLI runs on', () => {
  it('is written as date-fns writes yyyy-MM-dd, for any date (years before 1 and after 9999, and invalid ones, included)', () => {
    const date = fc.oneof(fc.date({ noInvalidDate: false }), fc.date({ min: new Date(1900, 0, 1), max: new Date(2100, 11, 31) }));
    fc.assert(
      fc.property(date, (d) => {
        const expected = (() => {
          try {
            return format(d, 'yyyy-MM-dd');
          } catch (error) {
            return String(error);
          }
        })();
        const actual = (() => {
          try {
            return dayOf(d);
          } catch (error) {
            return String(error);
          }
        })();
        expect(actual).toBe(expected);
      }),
      { numRuns: 2000 },
    );
    expect(dayOf(new Date(2019, 4, 13))).toBe('2019-05-13');
    expect(dayOf(new Date(999, 0, 2))).toBe('0999-01-02');
  });
});
