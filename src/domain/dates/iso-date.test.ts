import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonthsClamped,
  ageOn,
  compareIsoDates,
  dateInTimeZone,
  daysBetween,
  formatIsoDate,
  fromDayNumber,
  isIsoDate,
  isoWeekday,
  parseIsoDate,
  toDayNumber,
} from './iso-date';

const dayNumbers = fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2199-12-31') });
const isoDates = dayNumbers.map(fromDayNumber);

describe('parseIsoDate / isIsoDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['2024-04-31', false],
    ['2024-12-31', true],
    ['2024-13-01', false],
    ['2024-00-10', false],
    ['2024-1-01', false],
    ['24-01-01', false],
    ['2024-01-01T00:00', false],
    ['', false],
  ])('%s → %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it('round-trips every date through parts and day numbers', () => {
    fc.assert(
      fc.property(isoDates, (date) => {
        const parts = parseIsoDate(date);
        expect(parts).not.toBeNull();
        expect(formatIsoDate(parts!)).toBe(date);
        expect(fromDayNumber(toDayNumber(date))).toBe(date);
      }),
    );
  });
});

describe('addDays and daysBetween', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-01-01', -1, '2024-12-31'],
    ['2024-03-01', -1, '2024-02-29'],
  ])('%s + %i = %s', (from, days, expected) => {
    expect(addDays(from, days)).toBe(expected);
  });

  it('are inverse and monotone', () => {
    fc.assert(
      fc.property(isoDates, fc.integer({ min: -5000, max: 5000 }), (date, n) => {
        const moved = addDays(date, n);
        expect(daysBetween(date, moved)).toBe(n);
        expect(Math.sign(compareIsoDates(moved, date))).toBe(Math.sign(n));
      }),
    );
  });
});

describe('addMonthsClamped ("one month later")', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2100-01-31', 1, '2100-02-28'],
    ['2000-01-31', 1, '2000-02-29'],
    ['2024-03-31', 1, '2024-04-30'],
    ['2024-12-15', 1, '2025-01-15'],
    ['2024-12-31', 2, '2025-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-05-31', -1, '2024-04-30'],
    ['2024-01-10', -1, '2023-12-10'],
  ])('%s + %i month(s) = %s', (from, months, expected) => {
    expect(addMonthsClamped(from, months)).toBe(expected);
  });

  it('keeps the day unless the month is shorter, and lands in the right month', () => {
    fc.assert(
      fc.property(isoDates, fc.integer({ min: -36, max: 36 }), (date, months) => {
        const from = parseIsoDate(date)!;
        const to = parseIsoDate(addMonthsClamped(date, months))!;
        const monthIndex = (p: { year: number; month: number }) => p.year * 12 + p.month - 1;
        expect(monthIndex(to) - monthIndex(from)).toBe(months);
        if (to.day !== from.day) {
          expect(to.day).toBeLessThan(from.day);
          expect(addDays(addMonthsClamped(date, months), 1).endsWith('-01')).toBe(true);
        }
      }),
    );
  });

  it('is never earlier than the start for a positive month count', () => {
    fc.assert(
      fc.property(isoDates, fc.integer({ min: 1, max: 24 }), (date, months) => {
        expect(compareIsoDates(addMonthsClamped(date, months), date)).toBe(1);
      }),
    );
  });
});

describe('isoWeekday', () => {
  it.each([
    ['1970-01-01', 4],
    ['2026-11-22', 7],
    ['2026-11-23', 1],
    ['2024-02-29', 4],
  ])('%s is weekday %i', (date, weekday) => {
    expect(isoWeekday(date)).toBe(weekday);
  });
});

describe('ageOn', () => {
  it.each([
    ['2012-06-15', '2026-06-14', 13],
    ['2012-06-15', '2026-06-15', 14],
    ['2008-02-29', '2026-02-28', 17],
    ['2008-02-29', '2026-03-01', 18],
  ])('born %s, on %s → %i', (dob, on, age) => {
    expect(ageOn(dob, on)).toBe(age);
  });
});

describe('dateInTimeZone (today in China)', () => {
  it.each([
    ['2026-11-21T15:59:59Z', '2026-11-21'],
    ['2026-11-21T16:00:00Z', '2026-11-22'],
    ['2024-12-31T16:30:00Z', '2025-01-01'],
    ['2024-02-28T20:00:00Z', '2024-02-29'],
  ])('%s is %s in Asia/Shanghai', (instant, expected) => {
    expect(dateInTimeZone(new Date(instant))).toBe(expected);
  });

  it("agrees with the browser's own Asia/Shanghai calendar (China keeps UTC+8 all year)", () => {
    const china = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1992, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        expect(dateInTimeZone(new Date(ms))).toBe(china.format(new Date(ms)));
      }),
      { numRuns: 500 },
    );
  });

  it('asks Intl for other time zones', () => {
    expect(dateInTimeZone(new Date('2026-11-21T07:30:00Z'), 'America/Los_Angeles')).toBe('2026-11-20');
    expect(dateInTimeZone(new Date('2026-11-21T10:30:00Z'), 'Pacific/Kiritimati')).toBe('2026-11-22');
  });
});
