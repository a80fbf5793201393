import { useTranslation } from '@/components/translation-keys';
import type { TimelineItem } from '@/domain/timeline/types';
import { EntryBody, EntryButtons, type EntryActions } from './TimelineEntry';

/**
 * The to-do's first card: the one step to take next, with what it says and its own actions (the screen
 * named for the step, Mark done, Skip: UX review 3, M6); the list below does not repeat it. When nothing is
 * open: that all is done (or, for someone outside the scheme, that they are not covered).
 */
export function NextStep({
  next,
  personName,
  about,
  noneCovered,
  actions,
  readOnly,
}: {
  next: TimelineItem | undefined;
  /** Shown beside "Next" when the list holds more than one person. */
  personName: string | undefined;
  /** The student's name when the reader is not the student. */
  about: string | undefined;
  noneCovered: boolean;
  actions: EntryActions;
  readOnly: boolean;
}) {
  const { t } = useTranslation(['timeline']);
  if (!next)
    return (
      <section className="callout callout--done" aria-labelledby="next-heading">
        <p className="next__label" id="next-heading">
          {noneCovered ? t('timeline:allDoneNotCovered') : t('timeline:allDone')}
        </p>
      </section>
    );
  return (
    <section className="callout next" aria-labelledby="next-heading">
      <p className="next__label" id="next-heading">
        {t('timeline:next')}
        {personName ? ` · ${personName}` : ''}
        <span className={`status-badge status-badge--${next.status}`}>
          {t(`timeline:status.${next.status}`)}
        </span>
      </p>
      <EntryBody item={next} about={about} titleClass="next__title" />
      <EntryButtons item={next} about={about} actions={actions} readOnly={readOnly} primary />
    </section>
  );
}
