import holidayData from 'chinese-days/dist/chinese-days.json';
import { statutoryHolidays } from './holiday-estimate';
import published from './published-holidays.json';
import { createWorkingDayCalendar } from './working-days';

/** A year's schedule copied by hand from the State Council's notice (published-holidays.json). */
export interface PublishedYear {
  /** The notice's title, as published (国务院办公厅关于…部分节假日安排的通知). */
  notice: string;
  /** The day the notice was published. */
  publishedOn: string;
  holidays: string[];
  workdays: string[];
}

const packageYears = new Set(Object.keys(holidayData.holidays).map((d) => Number(d.slice(0, 4))));
/** The published years the package does not cover yet: the package's data wins once it ships a year. */
export const PUBLISHED_YEARS = Object.entries(published.years as Record<string, PublishedYear>).filter(
  ([year]) => !packageYears.has(Number(year)),
);

/**
 * Mainland public holidays and make-up working days from the `chinese-days` package (maintained from the
 * State Council's yearly notices), plus any year's schedule added by hand before the package has it
 * (published-holidays.json). A year neither covers is estimated from the statutory holiday rules. Update
 * the package each December when the next year's notice is out: a version bump is all it takes.
 */
export const chinaWorkingDays = createWorkingDayCalendar(
  {
    holidays: [...Object.keys(holidayData.holidays), ...PUBLISHED_YEARS.flatMap(([, y]) => y.holidays)],
    makeUpWorkdays: [...Object.keys(holidayData.workdays), ...PUBLISHED_YEARS.flatMap(([, y]) => y.workdays)],
  },
  statutoryHolidays,
);
