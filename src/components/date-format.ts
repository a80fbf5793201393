import { parseIsoDate, type IsoDate } from '@/domain/dates/iso-date';
import { DATE_LOCALE, type Language } from '@/domain/settings/languages';

const formatters = new Map<Language, Intl.DateTimeFormat>();

/**
 * A calendar date in the reader's language, one way per language and one length everywhere ("7 Dec 2026",
 * "7 dic 2026", "2026年12月7日"). The date is placed at noon UTC and formatted in UTC,
 * so no device time zone can move it to another day.
 */
export function formatCalendarDate(date: IsoDate, language: Language) {
  const parts = parseIsoDate(date);
  if (!parts) return date;
  let formatter = formatters.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(DATE_LOCALE[language], { dateStyle: 'medium', timeZone: 'UTC' });
    formatters.set(language, formatter);
  }
  return formatter.format(new Date(Date.UTC(parts.year, parts.month - 1, parts.day, 12)));
}
