/**
 * Calendar dates as `YYYY-MM-DD` strings. A date is a day on the calendar, not an instant:
 * a family member in Madrid sees the same day as the student in Shenzhen.
 * Nothing here reads the clock; "today" is always an argument.
 */

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DateParts {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parts of a real calendar date (rejects 2023-02-29, 2024-13-01, …), or null. */
export function parseIsoDate(value: string): DateParts | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/**
 * The days a person or a backup file may give the app: its records are about students and families of
 * today, and the date arithmetic (working days, a year's validity) stays far from the year 9999 this way.
 */
export const EARLIEST_DATE: IsoDate = '1900-01-01';
export const LATEST_DATE: IsoDate = '2099-12-31';

/** Whether a calendar date lies between EARLIEST_DATE and LATEST_DATE (ISO strings sort as dates). */
export function isWithinDateRange(value: IsoDate): boolean {
  return value >= EARLIEST_DATE && value <= LATEST_DATE;
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parseIsoDate(value) !== null;
}

export function formatIsoDate({ year, month, day }: DateParts): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function partsOrThrow(value: IsoDate): DateParts {
  const parts = parseIsoDate(value);
  if (!parts) throw new RangeError(`Not a calendar date: ${value}`);
  return parts;
}

/** Days since 1970-01-01 for a calendar date (no time zone involved). */
export function toDayNumber(value: IsoDate): number {
  const { year, month, day } = partsOrThrow(value);
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

export function fromDayNumber(dayNumber: number): IsoDate {
  const d = new Date(dayNumber * 86_400_000);
  return formatIsoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

export function addDays(value: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(value) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * The same day `months` months later, clamped to the last day of that month
 * (2024-01-31 + 1 month = 2024-02-29; 2023-01-31 + 1 month = 2023-02-28).
 */
export function addMonthsClamped(value: IsoDate, months: number): IsoDate {
  const { year, month, day } = partsOrThrow(value);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = (index % 12) + 1;
  return formatIsoDate({
    year: newYear,
    month: newMonth,
    day: Math.min(day, daysInMonth(newYear, newMonth)),
  });
}

export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  // Zero-padded ISO dates sort correctly as strings.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Monday = 1 … Sunday = 7 (ISO weekday). */
export function isoWeekday(value: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return ((((toDayNumber(value) + 3) % 7) + 7) % 7) + 1;
}

/** Full years between a birth date and `on` (a birthday on 29 Feb counts from 1 Mar in common years). */
export function ageOn(dateOfBirth: IsoDate, on: IsoDate): number {
  const birth = partsOrThrow(dateOfBirth);
  const at = partsOrThrow(on);
  let age = at.year - birth.year;
  if (at.month < birth.month || (at.month === birth.month && at.day < birth.day)) age -= 1;
  return age;
}

export const CHINA_TIME_ZONE = 'Asia/Shanghai';

/** China Standard Time is UTC+8 all year: China has not observed daylight saving time since 1991. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const CHINA_FIXED_OFFSET_SINCE = Date.UTC(1992, 0, 1);
const zoneFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar date in Asia/Shanghai at a given instant. Deadlines in the app are Chinese deadlines,
 * so "today" is China's today wherever the phone is. Pure: the caller passes the instant.
 * China's date is plain arithmetic (a fixed UTC+8); other zones ask Intl, whose first time-zone lookup
 * costs tens of milliseconds on a phone, so each zone's formatter is made once.
 */
export function dateInTimeZone(instant: Date, timeZone: string = CHINA_TIME_ZONE): IsoDate {
  const time = instant.getTime();
  if (timeZone === CHINA_TIME_ZONE && time >= CHINA_FIXED_OFFSET_SINCE) {
    return new Date(time + CHINA_OFFSET_MS).toISOString().slice(0, 10);
  }
  let formatter = zoneFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    zoneFormatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return formatIsoDate({ year: get('year'), month: get('month'), day: get('day') });
}

/**
 * Whether a date can belong to something of `year` (a yearly window, a payment period): from 1 January of
 * that year to 31 December of the next. Anything further away is a typo of the year.
 */
export function nearYear(date: IsoDate, year: number): boolean {
  const y = String(year).padStart(4, '0');
  const next = String(year + 1).padStart(4, '0');
  return compareIsoDates(date, `${y}-01-01`) >= 0 && compareIsoDates(date, `${next}-12-31`) <= 0;
}
