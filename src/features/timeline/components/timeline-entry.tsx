import { Link } from '@/components/link';
import { SourceName } from '@/components/source-note';
import { stepTitle } from '@/components/step-title';
import type { TimelineItem } from '@/domain/timeline/types';
import { estimateNote } from '@/components/estimate-note';
import { ItemDates } from './item-dates';
import { runtimeKey, type Translate, useTranslation } from '@/components/translation-keys';

export interface EntryActions {
  onDone: (item: TimelineItem) => void;
  onSkip: (item: TimelineItem) => void;
  onUndo: (item: TimelineItem) => void;
  onEdit: (item: TimelineItem) => void;
  onDelete: (item: TimelineItem) => void;
}

/** Where a step is done, without its section (`/clinic#enrolment-heading` → `clinic`). */
const screenOf = (link: string) => link.slice(1).split('#')[0] || 'home';

/**
 * The button to the screen a step is done on, named for the step where it has its own words ("Enrol and
 * pay", not "Go to the clinic screen": UX review 3, M6).
 */
export function goLabel(t: Translate, exists: (key: string) => boolean, item: TimelineItem) {
  const own = `timeline:goStep.${item.ruleId}`;
  return t(runtimeKey(exists(own) ? own : `timeline:go.${screenOf(item.link)}`));
}

/**
 * What a step says: its title, dates, estimate and details, and its source one tap away. For a reader who
 * is not the student (`about`: the student's name), it speaks about the student, says who can do it, and
 * keeps what the student is told folded (UX review 3, M7).
 */
export function EntryBody({
  item,
  about,
  titleClass,
}: {
  item: TimelineItem;
  about: string | undefined;
  titleClass: string;
}) {
  const { t } = useTranslation(['timeline']);
  const open = item.status !== 'done' && item.status !== 'skipped';
  const custom = item.ruleId === 'custom';
  const detail = !custom && open && item.detailKey ? t(runtimeKey(item.detailKey), item.params) : null;
  const thirdPerson = about !== undefined && !custom;
  return (
    <>
      <p className={titleClass}>{stepTitle(t, item, thirdPerson ? about : undefined)}</p>
      <ItemDates item={item} />
      {open && estimateNote(t, item) ? <p className="item__note">{estimateNote(t, item)}</p> : null}
      {thirdPerson && open && item.doneBy ? (
        <p className="item__detail item__who">
          {t(`timeline:who.${item.doneBy}`, { name: about })}
          {item.doneBy === 'payment' ? (
            <>
              {' '}
              <Link to="/guides/parents">{t('timeline:whoLink')}</Link>
            </>
          ) : null}
        </p>
      ) : null}
      {detail && thirdPerson ? (
        <details className="item__told">
          <summary>{t('timeline:toldStudent', { name: about })}</summary>
          <p>{detail}</p>
        </details>
      ) : detail ? (
        <p className="item__detail">{detail}</p>
      ) : null}
      {item.note ? <p className="item__detail">{item.note}</p> : null}
      {item.skipReason ? (
        <p className="item__note">{t('timeline:skipReasonShown', { reason: item.skipReason })}</p>
      ) : null}
      {/* The source, one tap away: a long citation on every step buried the steps (UX review 1.9). */}
      {item.sourceIds.length > 0 && open ? (
        <details className="item__source">
          <summary>{t('timeline:sourceSummary')}</summary>
          <p>
            {item.sourceIds.map((id, i) => (
              <span key={id}>
                {i > 0 ? t('common:punctuation.semicolon') : null}
                <SourceName id={id} />
              </span>
            ))}
          </p>
        </details>
      ) : null}
    </>
  );
}

/** What can be done with a step: open its screen, mark it done, skip it, undo; edit or delete a to-do. */
export function EntryButtons({
  item,
  about,
  actions,
  readOnly,
  primary,
}: {
  item: TimelineItem;
  /** The student's name when the reader is not the student: the buttons name the step as the reader reads it. */
  about: string | undefined;
  actions: EntryActions;
  readOnly: boolean;
  /** The next-step card's buttons: full size, and the screen named for the step. */
  primary?: boolean;
}) {
  const { t, i18n } = useTranslation(['timeline']);
  const title = stepTitle(t, item, about);
  const open = item.status !== 'done' && item.status !== 'skipped';
  const custom = item.ruleId === 'custom';
  // A date to know about is a note, not a task: nothing to mark (UX review 1.9). A follower marks nothing
  // for the student, but their own to-dos stay theirs.
  const canMark = open && (custom || (!readOnly && item.meaning !== 'info'));
  const size = primary ? 'button' : 'button button--small';
  return (
    <div className="item__actions">
      {open && !custom ? (
        <Link className={`${size} button--primary`} to={item.link}>
          {primary ? goLabel(t, (key) => i18n.exists(key), item) : t('timeline:actions.open')}
        </Link>
      ) : null}
      {canMark ? (
        <button type="button" className={size} onClick={() => actions.onDone(item)}>
          {t('timeline:actions.done')}
          <span className="visually-hidden">: {title}</span>
        </button>
      ) : null}
      {canMark && !custom ? (
        <button type="button" className={size} onClick={() => actions.onSkip(item)}>
          {t('timeline:actions.skip')}
          <span className="visually-hidden">: {title}</span>
        </button>
      ) : null}
      {!open && item.answered && (!readOnly || custom) ? (
        <button type="button" className={size} onClick={() => actions.onUndo(item)}>
          {t('timeline:actions.undo')}
          <span className="visually-hidden">: {title}</span>
        </button>
      ) : null}
      {custom ? (
        <>
          <button type="button" className={size} onClick={() => actions.onEdit(item)}>
            {t('timeline:actions.edit')}
            <span className="visually-hidden">: {title}</span>
          </button>
          <button type="button" className={`${size} button--danger`} onClick={() => actions.onDelete(item)}>
            {t('timeline:actions.delete')}
            <span className="visually-hidden">: {title}</span>
          </button>
        </>
      ) : null}
    </div>
  );
}

/** One step or to-do: what, whose, when, why (source), and what can be done with it. */
export function TimelineEntry({
  item,
  personName,
  about,
  soon,
  actions,
  readOnly = false,
}: {
  item: TimelineItem;
  personName: string | undefined;
  /** The student's name when the reader is not the student: the step speaks about them. */
  about?: string | undefined;
  soon: boolean;
  actions: EntryActions;
  /** A family member who only follows: no buttons that answer for the student. */
  readOnly?: boolean;
}) {
  const { t } = useTranslation(['timeline']);
  return (
    <li className={`item item--${item.status}${soon ? ' item--soon' : ''}`}>
      <div className="item__head">
        <span className={`status-badge status-badge--${item.status}`}>
          {t(`timeline:status.${item.status}`)}
        </span>
        {soon ? <span className="status-badge status-badge--soon">{t('timeline:dueSoon')}</span> : null}
        {personName ? <span className="item__person">{personName}</span> : null}
      </div>
      <EntryBody item={item} about={about} titleClass="item__title" />
      <EntryButtons item={item} about={about} actions={actions} readOnly={readOnly} />
    </li>
  );
}
