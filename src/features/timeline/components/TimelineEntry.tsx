import { Link } from 'react-router';
import { SourceName } from '@/components/SourceNote';
import type { TimelineItem } from '@/domain/timeline/types';
import { estimateNote } from '@/components/estimate-note';
import { ItemDates } from './ItemDates';
import { runtimeKey, type Translate, useTranslation } from '@/components/translation-keys';

export interface EntryActions {
  onDone: (item: TimelineItem) => void;
  onSkip: (item: TimelineItem) => void;
  onUndo: (item: TimelineItem) => void;
  onEdit: (item: TimelineItem) => void;
  onDelete: (item: TimelineItem) => void;
}

export function itemTitle(t: Translate, item: TimelineItem) {
  return item.title ?? t(runtimeKey(item.titleKey), item.params);
}

/** One step or to-do: what, whose, when, why (source), and what can be done with it. */
export function TimelineEntry({
  item,
  personName,
  soon,
  actions,
  readOnly = false,
}: {
  item: TimelineItem;
  personName: string | undefined;
  soon: boolean;
  actions: EntryActions;
  /** A family member who only follows: no buttons that answer for the student. */
  readOnly?: boolean;
}) {
  const { t } = useTranslation(['timeline']);
  const title = itemTitle(t, item);
  const open = item.status !== 'done' && item.status !== 'skipped';
  const custom = item.ruleId === 'custom';
  // A date to know about is a note, not a task: nothing to mark (UX review 1.9). A follower marks nothing
  // for the student, but their own to-dos stay theirs.
  const canMark = open && (custom || (!readOnly && item.meaning !== 'info'));
  return (
    <li className={`item item--${item.status}${soon ? ' item--soon' : ''}`}>
      <div className="item__head">
        <span className={`status-badge status-badge--${item.status}`}>
          {t(`timeline:status.${item.status}`)}
        </span>
        {soon ? <span className="status-badge status-badge--soon">{t('timeline:dueSoon')}</span> : null}
        {personName ? <span className="item__person">{personName}</span> : null}
      </div>
      <p className="item__title">{title}</p>
      <ItemDates item={item} />
      {open && estimateNote(t, item) ? <p className="item__note">{estimateNote(t, item)}</p> : null}
      {!custom && open && item.detailKey ? (
        <p className="item__detail">{t(runtimeKey(item.detailKey), item.params)}</p>
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
      <div className="item__actions">
        {open && !custom ? (
          <Link className="button button--small button--primary" to={item.link}>
            {t('timeline:actions.open')}
          </Link>
        ) : null}
        {canMark ? (
          <button type="button" className="button button--small" onClick={() => actions.onDone(item)}>
            {t('timeline:actions.done')}
            <span className="visually-hidden">: {title}</span>
          </button>
        ) : null}
        {canMark && !custom ? (
          <button type="button" className="button button--small" onClick={() => actions.onSkip(item)}>
            {t('timeline:actions.skip')}
            <span className="visually-hidden">: {title}</span>
          </button>
        ) : null}
        {!open && item.answered && (!readOnly || custom) ? (
          <button type="button" className="button button--small" onClick={() => actions.onUndo(item)}>
            {t('timeline:actions.undo')}
            <span className="visually-hidden">: {title}</span>
          </button>
        ) : null}
        {custom ? (
          <>
            <button type="button" className="button button--small" onClick={() => actions.onEdit(item)}>
              {t('timeline:actions.edit')}
              <span className="visually-hidden">: {title}</span>
            </button>
            <button
              type="button"
              className="button button--small button--danger"
              onClick={() => actions.onDelete(item)}
            >
              {t('timeline:actions.delete')}
              <span className="visually-hidden">: {title}</span>
            </button>
          </>
        ) : null}
      </div>
    </li>
  );
}
