import type { TimelineItem } from '@/domain/timeline/types';
import type { Translate } from './translation-keys';

/**
 * What makes an item's date an estimate, in one sentence: the holidays of a year without a published
 * schedule, or a date worked out from published rules. Said on the to-do, in reminders, the calendar file and
 * the shared text alike (content re-audit R-9); undefined for a date that is not worked out.
 */
export function estimateNote(t: Translate, item: TimelineItem): string | undefined {
  if (item.estimatedHolidays?.length)
    return t('timeline:estimatedHolidays', { years: item.estimatedHolidays.join(', ') });
  return item.estimated ? t('timeline:estimated') : undefined;
}

/** The same, as a few words beside a date in a line of text (the shared list, the family summary). */
export function estimateTag(t: Translate, item: TimelineItem): string | undefined {
  if (item.estimatedHolidays?.length)
    return t('timeline:share.estimateHolidays', { years: item.estimatedHolidays.join(', ') });
  return item.estimated ? t('timeline:share.estimate') : undefined;
}
