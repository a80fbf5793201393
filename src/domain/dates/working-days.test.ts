import fc from 'fast-check';
import { calendarWithDataUpTo } from '../../../tests/builders';
import { describe, expect, it } from 'vitest';
import { chinaWorkingDays } from './china-holidays';
import { addDays, fromDayNumber, isoWeekday, toDayNumber } from './iso-date';
import { addWorkingDays, createWorkingDayCalendar, workingDaysBetween } from './working-days';

const plainWeekdays = createWorkingDayCalendar({ holidays: [], makeUpWorkdays: [] });
// Around the years the package covers, and the first years it does not.
const dates = fc
  .integer({ min: toDayNumber('2023-11-01'), max: toDayNumber('2028-02-28') })
  .map(fromDayNumber);
const counts = fc.integer({ min: 0, max: 40 });

describe('the mainland working-day calendar (chinese-days data)', () => {
  it.each([
    ['2026-10-01', false, 'National Day'],
    ['2026-10-07', false, 'National Day week'],
    ['2026-10-08', true, 'first weekday after the holiday'],
    ['2026-10-10', true, 'Saturday make-up working day (调休)'],
    ['2026-09-20', true, 'Sunday make-up working day (调休)'],
    ['2026-02-16', false, 'Spring Festival on a Monday'],
    ['2026-02-14', true, 'Saturday make-up before the Spring Festival'],
    ['2026-02-21', false, 'Saturday inside the Spring Festival'],
    ['2026-11-21', false, 'an ordinary Saturday'],
    ['2026-11-23', true, 'an ordinary Monday'],
    ['2026-01-01', false, "New Year's Day"],
  ])('%s is a working day: %s (%s)', (date, expected) => {
    expect(chinaWorkingDays.isWorkingDay(date)).toBe(expected);
  });

  it('covers the current year', () => {
    expect(chinaWorkingDays.coveredYears).toContain(2026);
    expect(chinaWorkingDays.isCovered('2026-12-31')).toBe(true);
  });

  it.each([
    // Submitted the day before National Day: the holiday week is skipped, the make-up Saturday counts.
    ['2026-09-30', 1, '2026-10-08'],
    ['2026-09-30', 3, '2026-10-10'],
    ['2026-09-30', 12, '2026-10-22'],
    // Submitted on a Friday: two working days later is Tuesday.
    ['2026-11-20', 2, '2026-11-24'],
    // Across the Spring Festival: Feb 14 (Sat) is a make-up day, Feb 15–23 off.
    ['2026-02-13', 1, '2026-02-14'],
    ['2026-02-13', 2, '2026-02-24'],
    ['2026-11-22', 0, '2026-11-22'],
  ])('%s + %i working days = %s', (start, count, expected) => {
    expect(addWorkingDays(chinaWorkingDays, start, count)).toEqual({ date: expected, fallbackYears: [] });
  });

  it('beyond the data, says which years were estimated, and never counts a statutory holiday', () => {
    // The package's data up to 2026 only, as 1.5.7 ships it: independent of the version installed.
    const to2026 = calendarWithDataUpTo(2026);
    const result = addWorkingDays(to2026, '2026-12-24', 12);
    expect(result.fallbackYears).toEqual([2027]);
    // Not a particular date (the year's schedule is unknown), but never one of these days off.
    for (const day of ['2027-01-01', '2027-05-01', '2027-05-02', '2027-10-01', '2027-10-03', '2030-01-01'])
      expect(to2026.isWorkingDay(day), day).toBe(false);
    expect(workingDaysBetween(to2026, '2026-12-31', '2027-01-04')).toBe(1);
  });

  // content re-audit R-2
  it('estimates 2027 from the statutory rules: a late-January application skips the Spring Festival', () => {
    const to2026 = calendarWithDataUpTo(2026);
    // 除夕 Fri 5 Feb to 初三 Mon 8 Feb 2027 are off, and Tue 9 and Wed 10 in lieu of the weekend's two:
    // 12 working days from Fri 29 Jan end on Mon 22 Feb (the Mon–Fri fallback said 16 Feb).
    expect(addWorkingDays(to2026, '2027-01-29', 12)).toEqual({ date: '2027-02-22', fallbackYears: [2027] });
    for (const day of ['2027-02-05', '2027-02-08', '2027-02-10', '2027-04-05', '2027-06-09', '2027-09-15'])
      expect(to2026.isWorkingDay(day), day).toBe(false);
    expect(to2026.isWorkingDay('2027-02-11')).toBe(true);
  });

  it('any year the installed data does not cover is reported as estimated, whatever the package version', () => {
    const beyond = Math.max(...chinaWorkingDays.coveredYears) + 1;
    const result = addWorkingDays(chinaWorkingDays, `${beyond - 1}-12-24`, 12);
    expect(result.fallbackYears).toEqual([beyond]);
  });
});

describe('working-day arithmetic (properties)', () => {
  for (const [name, calendar] of [
    ['holiday data', chinaWorkingDays],
    ['Mon–Fri only', plainWeekdays],
  ] as const) {
    it(`${name}: the result of adding n ≥ 1 working days is a working day, n working days later`, () => {
      fc.assert(
        fc.property(dates, fc.integer({ min: 1, max: 40 }), (start, n) => {
          const { date } = addWorkingDays(calendar, start, n);
          expect(calendar.isWorkingDay(date)).toBe(true);
          expect(workingDaysBetween(calendar, start, date)).toBe(n);
          expect(workingDaysBetween(calendar, start, addDays(date, -1))).toBe(n - 1);
        }),
      );
    });

    it(`${name}: more working days never give an earlier date; n working days take at least n days`, () => {
      fc.assert(
        fc.property(dates, counts, (start, n) => {
          const a = addWorkingDays(calendar, start, n).date;
          const b = addWorkingDays(calendar, start, n + 1).date;
          expect(toDayNumber(b)).toBeGreaterThan(toDayNumber(a));
          expect(toDayNumber(a) - toDayNumber(start)).toBeGreaterThanOrEqual(n);
        }),
      );
    });
  }

  it('without holiday data, weekdays count except the fixed statutory holidays, no weekend does, and every year is a fallback year', () => {
    const fixed = new Set(['01-01', '05-01', '05-02', '10-01', '10-02', '10-03']);
    fc.assert(
      fc.property(dates, fc.integer({ min: 1, max: 40 }), (start, n) => {
        const result = addWorkingDays(plainWeekdays, start, n);
        expect(isoWeekday(result.date)).toBeLessThanOrEqual(5);
        expect(fixed.has(result.date.slice(5))).toBe(false);
        expect(result.fallbackYears.length).toBeGreaterThan(0);
        expect(plainWeekdays.isWorkingDay(start)).toBe(isoWeekday(start) <= 5 && !fixed.has(start.slice(5)));
      }),
    );
  });

  it('National Day and the Spring Festival of 2026 are days off, and their make-up Saturdays and Sundays are working days', () => {
    // The State Council's 2026 schedule, written out here rather than read from the package (content audit X-7).
    for (const day of ['2026-10-01', '2026-10-07', '2026-02-16', '2026-02-20'])
      expect(chinaWorkingDays.isWorkingDay(day), day).toBe(false);
    for (const day of ['2026-02-14', '2026-02-28', '2026-09-20', '2026-10-10'])
      expect(chinaWorkingDays.isWorkingDay(day), day).toBe(true);
  });

  it('the holiday calendar never has more working days in a span than Monday–Friday plus make-up days', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 400 }), (from, span) => {
        const to = addDays(from, span);
        let makeUps = 0;
        for (let d = addDays(from, 1); d <= to; d = addDays(d, 1))
          if (chinaWorkingDays.isMakeUpWorkday(d)) makeUps += 1;
        expect(workingDaysBetween(chinaWorkingDays, from, to)).toBeLessThanOrEqual(
          workingDaysBetween(plainWeekdays, from, to) + makeUps,
        );
      }),
      { numRuns: 50 },
    );
  });
});
