import { useTranslation } from '@/components/translation-keys';
import type { TimelineItem } from '@/domain/timeline/types';
import { EntryBody, EntryButtons, type EntryActions } from './timeline-entry';

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
  answered,
}: {
  next: TimelineItem | undefined;
  /** Shown beside "Next" when the list holds more than one person. */
  personName: string | undefined;
  /** The student's name when the reader is not the student. */
  about: string | undefined;
  noneCovered: boolean;
  actions: EntryActions;
  readOnly: boolean;
  /**
   * The step last marked done or skipped, said again here with Undo: a step answered from this card is
   * gone from it (and a year's enrolment, once answered, from the whole to-do), so a mis-tap is undone
   * where it was made.
   */
  answered?: { item: TimelineItem; message: string } | null;
}) {
  const { t } = useTranslation(['timeline']);
  const undo = answered ? (
    <p className="next__answered">
      <span>{answered.message}</span>{' '}
      <button type="button" className="button button--small" onClick={() => actions.onUndo(answered.item)}>
        {t('timeline:actions.undo')}
        <span className="visually-hidden">: {answered.message}</span>
      </button>
    </p>
  ) : null;
  if (!next)
    return (
      <section className="callout callout--done" aria-labelledby="next-heading">
        {undo}
        <p className="next__label" id="next-heading">
          {noneCovered ? t('timeline:allDoneNotCovered') : t('timeline:allDone')}
        </p>
      </section>
    );
  return (
    <section className="callout next" aria-labelledby="next-heading">
      {undo}
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
