import { addDays, compareIsoDates, isoWeekday, parseIsoDate, type IsoDate } from './iso-date';

/**
 * Mainland China's working days: Monday to Friday, minus public holidays, plus the make-up working days
 * (调休) on weekends. The holiday data comes from a maintained package (and a published schedule added by
 * hand, src/domain/dates/published-holidays.json); for a year neither covers, the calendar takes the year's
 * statutory holidays from the national rules (`estimateYear`: the moving ones from the lunar calendar) or,
 * without that, the fixed-date ones (New Year's Day, 1–2 May, 1–3 October), on Monday–Friday, and says so
 * (`fallbackYears`): the bridge days and 调休 of that year are unknown, so the result is an estimate.
 */
export interface HolidayData {
  /** Every public-holiday date (YYYY-MM-DD). */
  holidays: readonly IsoDate[];
  /** Every make-up working day on a weekend (调休上班). */
  makeUpWorkdays: readonly IsoDate[];
}

export interface WorkingDayCalendar {
  /** The years the holiday data covers, in order. */
  coveredYears: readonly number[];
  isCovered(date: IsoDate): boolean;
  isWorkingDay(date: IsoDate): boolean;
  isHoliday(date: IsoDate): boolean;
  isMakeUpWorkday(date: IsoDate): boolean;
}

/**
 * The statutory holidays on fixed dates (全国年节及纪念日放假办法, as amended in 2024): New Year's Day, Labour
 * Day (1–2 May) and National Day (1–3 October). Never working days, in any year. The Spring Festival,
 * Qingming, Dragon Boat and Mid-Autumn move with the lunar calendar (holiday-estimate.ts).
 */
const FIXED_HOLIDAYS = new Set(['01-01', '05-01', '05-02', '10-01', '10-02', '10-03']);

export function createWorkingDayCalendar(
  data: HolidayData,
  /** The statutory holidays of a year the data does not cover (an estimate: see holiday-estimate.ts). */
  estimateYear?: (year: number) => readonly IsoDate[],
): WorkingDayCalendar {
  const holidays = new Set(data.holidays);
  const makeUp = new Set(data.makeUpWorkdays);
  const years = new Set<number>();
  for (const date of [...data.holidays, ...data.makeUpWorkdays]) {
    const parts = parseIsoDate(date);
    if (parts) years.add(parts.year);
  }
  const coveredYears = [...years].sort((a, b) => a - b);
  const yearOf = (date: IsoDate) => Number(date.slice(0, 4));
  const isCovered = (date: IsoDate) => years.has(yearOf(date));
  // Worked out once per year, when a date of that year is first asked about.
  const estimated = new Map<number, ReadonlySet<IsoDate>>();
  const estimateOf = (year: number) => {
    let days = estimated.get(year);
    if (!days) estimated.set(year, (days = new Set(estimateYear?.(year) ?? [])));
    return days;
  };
  const fixedHoliday = (date: IsoDate) =>
    !isCovered(date) && (FIXED_HOLIDAYS.has(date.slice(5)) || estimateOf(yearOf(date)).has(date));
  return {
    coveredYears,
    isCovered,
    isHoliday: (date) => holidays.has(date) || fixedHoliday(date),
    isMakeUpWorkday: (date) => makeUp.has(date),
    isWorkingDay(date) {
      if (makeUp.has(date)) return true;
      if (holidays.has(date) || fixedHoliday(date)) return false;
      return isoWeekday(date) <= 5;
    },
  };
}

export interface WorkingDayResult {
  date: IsoDate;
  /** Years the count passed through that the holiday data does not cover (counted Monday–Friday). */
  fallbackYears: number[];
}

/**
 * The date `count` working days after `start` (the start day itself is not counted: a form handed in on
 * Friday with "2 working days" is ready on Tuesday). `count` 0 returns `start`.
 */
export function addWorkingDays(
  calendar: WorkingDayCalendar,
  start: IsoDate,
  count: number,
): WorkingDayResult {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`Not a working-day count: ${count}`);
  const fallback = new Set<number>();
  let date = start;
  let left = count;
  while (left > 0) {
    date = addDays(date, 1);
    if (!calendar.isCovered(date)) fallback.add(Number(date.slice(0, 4)));
    if (calendar.isWorkingDay(date)) left -= 1;
  }
  return { date, fallbackYears: [...fallback].sort((a, b) => a - b) };
}

/** Working days after `from` up to and including `to` (0 when `to` is not later). */
export function workingDaysBetween(calendar: WorkingDayCalendar, from: IsoDate, to: IsoDate): number {
  let count = 0;
  for (let date = addDays(from, 1); compareIsoDates(date, to) <= 0; date = addDays(date, 1)) {
    if (calendar.isWorkingDay(date)) count += 1;
  }
  return count;
}
