import { DateText } from '@/components/date-text';
import type { TimelineItem } from '@/domain/timeline/types';
import { useTranslation } from '@/components/translation-keys';

/** An item's date or window, always as <time> elements. */
export function ItemDates({ item }: { item: TimelineItem }) {
  const { t } = useTranslation(['timeline']);
  if (item.status === 'done' && item.doneOn) {
    return (
      <span className="item__date">
        {t('timeline:doneOn')} <DateText date={item.doneOn} />
      </span>
    );
  }
  if (item.status === 'skipped' && item.doneOn) {
    return (
      <span className="item__date">
        {t('timeline:skippedOn')} <DateText date={item.doneOn} />
      </span>
    );
  }
  if (item.window) {
    return (
      <span className="item__date">
        <DateText date={item.window.start} /> – <DateText date={item.window.end} />
      </span>
    );
  }
  if (item.date) {
    return (
      <span className="item__date">
        {t(`timeline:dateLabel.${item.meaning}`)} <DateText date={item.date} />
      </span>
    );
  }
  return null;
}
