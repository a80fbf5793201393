import { currentLanguageOf } from './language';
import { formatCalendarDate } from './date-format';
import { useTranslation } from '@/components/translation-keys';

/** Every calendar date the app shows: a <time> element, formatted for the reader's language. */
export function DateText({ date }: { date: string }) {
  const { i18n } = useTranslation();
  return <time dateTime={date}>{formatCalendarDate(date, currentLanguageOf(i18n))}</time>;
}
