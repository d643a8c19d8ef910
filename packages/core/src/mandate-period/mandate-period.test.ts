import { describe, expect, it } from 'vitest';
import { electionDate, isElectionYear, mandatePeriodAt, mandatePeriodsBetween } from './mandate-period.js';

describe('electionDate', () => {
  it('is the second Sunday of September from 2014', () => {
    expect(electionDate(2014)).toBe('2014-09-14');
    expect(electionDate(2018)).toBe('2018-09-09');
    expect(electionDate(2022)).toBe('2022-09-11');
    expect(electionDate(2026)).toBe('2026-09-13');
    expect(electionDate(2030)).toBe('2030-09-08');
  });

  it('was the third Sunday of September before 2014', () => {
    expect(electionDate(2010)).toBe('2010-09-19');
    expect(electionDate(2006)).toBe('2006-09-17');
    expect(electionDate(1994)).toBe('1994-09-18');
  });

  it('is a Sunday every time', () => {
    for (let y = 1994; y <= 2100; y += 4) expect(new Date(`${electionDate(y)}T12:00:00`).getDay(), String(y)).toBe(0);
  });

  it('refuses a year with no election', () => {
    expect(() => electionDate(2025)).toThrow(RangeError);
    expect(isElectionYear(2025)).toBe(false);
    expect(isElectionYear(2026)).toBe(true);
    expect(isElectionYear(1990)).toBe(false);
  });
});

describe('mandatePeriodAt', () => {
  it('starts a period on 15 October of the election year and ends it on 14 October four years on', () => {
    expect(mandatePeriodAt('2022-10-15')).toEqual({ electionYear: 2022, election: '2022-09-11', start: '2022-10-15', end: '2026-10-14' });
  });

  it('puts the days between the election and 15 October in the outgoing period', () => {
    expect(mandatePeriodAt('2026-09-13').electionYear).toBe(2022);
    expect(mandatePeriodAt('2026-10-14').electionYear).toBe(2022);
    expect(mandatePeriodAt('2026-10-15').electionYear).toBe(2026);
    expect(mandatePeriodAt('2018-01-01').electionYear).toBe(2014);
  });

  it('places Malmöandan’s adoption (2017-06-14) and its plan (2018-06-13) in the 2014 period', () => {
    expect(mandatePeriodAt('2017-06-14').start).toBe('2014-10-15');
    expect(mandatePeriodAt('2018-06-13').end).toBe('2018-10-14');
  });

  it('accepts a Date', () => {
    expect(mandatePeriodAt(new Date(2019, 4, 13)).electionYear).toBe(2018);
  });

  it('throws a RangeError before 1994-10-15 or for a date that is not one', () => {
    expect(() => mandatePeriodAt('1994-10-14')).toThrow(RangeError);
    expect(mandatePeriodAt('1994-10-15').electionYear).toBe(1994);
    expect(() => mandatePeriodAt('not a date')).toThrow(RangeError);
  });
});

describe('mandatePeriodsBetween', () => {
  it('lists the periods a range overlaps', () => {
    expect(mandatePeriodsBetween('2018-06-13', '2022-12-31').map((p) => p.electionYear)).toEqual([2014, 2018, 2022]);
    expect(mandatePeriodsBetween('2019-01-01', '2019-12-31').map((p) => p.electionYear)).toEqual([2018]);
  });
});
