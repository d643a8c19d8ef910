import { describe, expect, it } from 'vitest';
import { BUILT_IN_TAGS } from '../locales/resolve.js';
import { formatDate } from '../text/format.js';
import { readLongDateForm, writeLongDate } from './long-dates.js';

describe('long-date forms', () => {
  it('are read for Swedish and English, day before month', () => {
    expect(writeLongDate(readLongDateForm('sv')!, '2018-06-13')).toBe('13 juni 2018');
    expect(writeLongDate(readLongDateForm('en')!, '2018-06-13')).toBe('13 June 2018');
  });

  it.each(BUILT_IN_TAGS.map((tag) => [tag]))('write what formatDate writes, for every day from 1900 to 2100: %s', (tag) => {
    const form = readLongDateForm(tag);
    // A language whose form the code cannot write (not one here, on this Node) is left to Intl.
    if (form === undefined) return;
    for (let time = Date.UTC(1900, 0, 1); time <= Date.UTC(2100, 11, 31); time += 86_400_000) {
      const day = new Date(time).toISOString().slice(0, 10);
      const written = writeLongDate(form, day);
      if (written !== formatDate(day, tag)) expect(written).toBe(formatDate(day, tag));
    }
  });

  it('write a day out of range as formatDate does (rolled over), and anything else as it was', () => {
    const form = readLongDateForm('sv')!;
    for (const day of ['2019-02-30', '2019-13-01', '2019-00-00', '1000-01-01', '9999-12-31', '2019-5-13', 'i morgon', '']) {
      expect(writeLongDate(form, day)).toBe(formatDate(day, 'sv'));
    }
    expect(writeLongDate(form, '2019-02-30')).toBe('2 mars 2019');
  });

  it('leave years before 1000 and after 9999 to Intl', () => {
    const form = readLongDateForm('en')!;
    expect(writeLongDate(form, '0999-12-31')).toBeUndefined();
    expect(writeLongDate(form, '9999-12-32')).toBeUndefined();
  });

  it('are not read for a form whose parts the code cannot write', () => {
    // Arabic digits (arab numbering) are not 0–9.
    expect(readLongDateForm('ar-u-nu-arab')).toBeUndefined();
  });
});
