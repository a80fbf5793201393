import { getSolarDateFromLunar, getSolarTermDate } from 'chinese-days';
import { addDays, isoWeekday, type IsoDate } from './iso-date';

/**
 * The statutory public holidays of a year, from the national holiday rules as amended in 2024 (全国年节及纪念日
 * 放假办法, in force from 2025-01-01, 13 days): New Year's Day (1 January); the Spring Festival, 4 days from
 * New Year's Eve (除夕) to the 3rd day of the 1st lunar month; Qingming (the solar term's day); Labour Day
 * (1–2 May); the Dragon Boat Festival (5th day of the 5th lunar month); the Mid-Autumn Festival (15th day of
 * the 8th lunar month); National Day (1–3 October).
 *
 * A statutory day on a Saturday or Sunday is made up on a working day (the same rules, article 6: 适逢周六、
 * 周日，应当在工作日补假): here the first weekday after it that is not already off.
 *
 * For a year whose published schedule is not known yet: the real schedule adds bridge days and make-up
 * working days (调休) that no rule predicts, so every date counted with this is an estimate, and says so.
 * Lunar dates come from chinese-days' lunar tables; a year they do not convert gives only the fixed dates.
 */
export function statutoryHolidays(year: number): IsoDate[] {
  const statutory = statutoryDays(year);
  const off = new Set(statutory);
  for (const day of statutory) {
    if (isoWeekday(day) <= 5) continue;
    let instead = addDays(day, 1);
    while (isoWeekday(instead) > 5 || off.has(instead)) instead = addDays(instead, 1);
    off.add(instead);
  }
  return [...off].sort();
}

/** The statutory days themselves (without the days in lieu of those on a weekend). */
export function statutoryDays(year: number): IsoDate[] {
  const y = String(year).padStart(4, '0');
  const fixed = [`${y}-01-01`, `${y}-05-01`, `${y}-05-02`, `${y}-10-01`, `${y}-10-02`, `${y}-10-03`];
  const lunar = (monthDay: string): IsoDate | undefined => {
    try {
      const solar = getSolarDateFromLunar(`${y}-${monthDay}`).date;
      return /^\d{4}-\d{2}-\d{2}$/.test(solar) ? solar : undefined;
    } catch {
      return undefined;
    }
  };
  const moving: IsoDate[] = [];
  const springFestival = lunar('01-01');
  // 除夕 is the day before the 1st of the 1st lunar month (the 29th or 30th of the 12th).
  if (springFestival)
    moving.push(
      addDays(springFestival, -1),
      springFestival,
      addDays(springFestival, 1),
      addDays(springFestival, 2),
    );
  try {
    const qingming = getSolarTermDate(year, 4, 'pure_brightness');
    if (/^\d{4}-\d{2}-\d{2}$/.test(qingming)) moving.push(qingming);
  } catch {
    // No solar-term data for the year: only the other days.
  }
  for (const monthDay of ['05-05', '08-15']) {
    const day = lunar(monthDay);
    if (day) moving.push(day);
  }
  // The Spring Festival's eve falls in the year before when New Year is early: keep each day in its year.
  return [...new Set([...fixed, ...moving])].filter((d) => d.startsWith(`${y}-`)).sort();
}
