import { useCallback } from 'react';
import { shareOrCopy } from '@/components/clipboard';
import { downloadText } from '@/components/download';
import { currentLanguageOf } from '@/components/language';
import type { IsoDate } from '@/domain/dates/iso-date';
import type { Profile } from '@/domain/profile/schema';
import type { TimelineItem } from '@/domain/timeline/types';
import { useReminders } from '../hooks/use-reminders';
import { timelineAsIcs, timelineAsText } from './export';
import { estimateNote } from '@/components/estimate-note';
import { stepTitle } from '@/components/step-title';
import { useTranslation } from '@/components/translation-keys';

/**
 * Keeping the to-do beyond the app: the dates in the phone's calendar (with its reminders), the list shared
 * as text, and the app's own reminders for the day before, with a way to turn them off.
 */
export function KeepSection({
  items,
  visible,
  profiles,
  today,
  onStatus,
  onError,
}: {
  /** Everyone's steps: reminders are for all of them. */
  items: readonly TimelineItem[];
  /** The steps shown (the person filter): the calendar file and the text hold these. */
  visible: readonly TimelineItem[];
  profiles: readonly Profile[];
  today: IsoDate;
  onStatus: (message: string) => void;
  onError: (message: string | null) => void;
}) {
  const { t, i18n } = useTranslation(['timeline', 'common']);
  const describe = useCallback(
    (item: TimelineItem) => ({
      title: stepTitle(t, item),
      body: [t('timeline:reminders.tomorrow'), estimateNote(t, item)].filter(Boolean).join(' '),
    }),
    [t],
  );
  const reminders = useReminders(items, today, describe);

  const exportCalendar = async () => {
    onError(null);
    try {
      const ics = await timelineAsIcs(visible, profiles, t, window.location.origin, today);
      downloadText(`yibao-todo-${today}.ics`, ics, 'text/calendar');
      onStatus(t('timeline:calendar.done'));
    } catch {
      onError(t('timeline:calendar.failed'));
    }
  };
  const share = async () => {
    onError(null);
    const text = timelineAsText(visible, profiles, t, currentLanguageOf(i18n), today);
    const result = await shareOrCopy({ title: t('common:home.title'), text });
    if (result === 'copied') onStatus(t('timeline:share.copied'));
    else if (result === 'failed') onStatus(t('timeline:share.failed'));
  };

  return (
    <section className="card" aria-labelledby="keep-heading">
      <h2 id="keep-heading">{t('timeline:keep.heading')}</h2>
      <div className="actions">
        <button type="button" className="button" onClick={() => void exportCalendar()}>
          {t('timeline:calendar.button')}
        </button>
        <button type="button" className="button" onClick={() => void share()}>
          {t('timeline:share.button')}
        </button>
      </div>
      <p className="muted">{t('timeline:calendar.hint')}</p>
      <h3>{t('timeline:reminders.heading')}</h3>
      <p>{t(`timeline:reminders.state.${reminders.permission}`)}</p>
      {reminders.permission === 'default' || reminders.permission === 'off' ? (
        <button type="button" className="button" onClick={() => void reminders.request()}>
          {t('timeline:reminders.enable')}
        </button>
      ) : null}
      {reminders.permission === 'granted' ? (
        <button type="button" className="button" onClick={reminders.turnOff}>
          {t('timeline:reminders.disable')}
        </button>
      ) : null}
      <p className="muted">{t('timeline:reminders.honest')}</p>
    </section>
  );
}
