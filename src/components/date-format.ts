import { parseIsoDate, type IsoDate } from '@/domain/dates/iso-date';
import { HTML_LANG, type Language } from '@/domain/settings/languages';

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar date in the reader's language. The date is placed at noon UTC and formatted in UTC,
 * so no device time zone can move it to another day.
 */
export function formatCalendarDate(
  date: IsoDate,
  language: Language,
  style: 'medium' | 'long' | 'full' = 'medium',
) {
  const parts = parseIsoDate(date);
  if (!parts) return date;
  const key = `${language}:${style}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(HTML_LANG[language], { dateStyle: style, timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  return formatter.format(new Date(Date.UTC(parts.year, parts.month - 1, parts.day, 12)));
}
