import holidayData from 'chinese-days/dist/chinese-days.json';
import { describe, expect, it } from 'vitest';
import published from './published-holidays.json';
import { PUBLISHED_YEARS } from './china-holidays';
import { statutoryDays, statutoryHolidays } from './holiday-estimate';
import { isIsoDate, isoWeekday } from './iso-date';

describe('the statutory holidays of a year no schedule covers (national rules as amended in 2024)', () => {
  it('gives 2027 its 13 days: 除夕 to 初三 from 5 February, Qingming 5 April, 9 June, 15 September', () => {
    expect(statutoryDays(2027)).toEqual([
      '2027-01-01',
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-04-05',
      '2027-05-01',
      '2027-05-02',
      '2027-06-09',
      '2027-09-15',
      '2027-10-01',
      '2027-10-02',
      '2027-10-03',
    ]);
  });

  it('makes up a statutory day on a weekend on the next weekday off work (article 6, 补假)', () => {
    // 初一 and 初二 2027 are a Saturday and a Sunday: Tuesday 9 and Wednesday 10 February are off instead;
    // 1–2 May 2027 are a Saturday and a Sunday: Monday 3 and Tuesday 4 May; so are 2–3 October: 4 and 5 October.
    const days = statutoryHolidays(2027);
    for (const day of ['2027-02-09', '2027-02-10', '2027-05-03', '2027-05-04', '2027-10-04', '2027-10-05'])
      expect(days, day).toContain(day);
    expect(days).toHaveLength(19);
  });

  it.each([2025, 2026])(
    'agrees with the published %s schedule: every statutory day is a day off in it',
    (year) => {
      expect(statutoryDays(year)).toHaveLength(13);
      // With the days in lieu: each is a day off in the State Council's schedule too.
      for (const day of statutoryHolidays(year)) expect(holidayData.holidays, day).toHaveProperty([day]);
    },
  );

  it.each([2028, 2029, 2030, 2035])(
    'gives %s its days, each in the year and none on a weekend left unmade-up',
    (year) => {
      const days = statutoryDays(year);
      // Thirteen, or twelve where two festivals fall on one day (2028: Mid-Autumn on 3 October).
      expect(days.length).toBeGreaterThanOrEqual(12);
      for (const day of statutoryHolidays(year)) expect(day.startsWith(`${year}-`)).toBe(true);
      const weekendDays = days.filter((d) => isoWeekday(d) > 5).length;
      expect(statutoryHolidays(year).length).toBe(days.length + weekendDays);
    },
  );
});

describe('published-holidays.json (a year added by hand before the package has it)', () => {
  it('holds for each year the notice, its date and days of that year only', () => {
    for (const [year, schedule] of Object.entries(
      published.years as Record<
        string,
        { notice: string; publishedOn: string; holidays: string[]; workdays: string[] }
      >,
    )) {
      expect(schedule.notice).toMatch(/通知/);
      expect(isIsoDate(schedule.publishedOn)).toBe(true);
      for (const day of [...schedule.holidays, ...schedule.workdays]) {
        expect(isIsoDate(day), day).toBe(true);
        expect(day.startsWith(`${year}-`), day).toBe(true);
      }
    }
    // Only the years the package lacks are used: the package wins once it ships one.
    for (const [year] of PUBLISHED_YEARS)
      expect(Object.keys(holidayData.holidays).some((d) => d.startsWith(year))).toBe(false);
  });
});
