import {
  factReviewDue,
  getFact,
  isFactStale,
  SOURCES,
  statedBase,
  type SourceId,
  type StatedDate,
} from '@/domain/sources/sources';
import { DateText } from './DateText';
import { useToday } from './use-today';
import { useTranslation } from '@/components/translation-keys';

/**
 * Where the rules on a screen come from: each source with the date it states, when the facts were last
 * checked, and a clear notice for any fact past its review date.
 */
export function SourceNote({ factIds, compact = false }: { factIds: readonly string[]; compact?: boolean }) {
  const { t } = useTranslation(['sources']);
  const today = useToday();
  const facts = factIds.map(getFact);
  const sourceIds = [...new Set(facts.flatMap((f) => f.sourceIds))];
  const stale = facts.filter((f) => isFactStale(f, today));
  // The oldest check among the screen's facts (an undated one is the oldest of all).
  const lastChecked = facts
    .map((f) => f.checkedOn)
    .sort((a, b) => (statedBase(a) ?? '').localeCompare(statedBase(b) ?? ''))[0];
  const firstDue = stale
    .map(factReviewDue)
    .filter((due): due is string => due !== null)
    .sort()[0];
  return (
    <aside className={compact ? 'source source--compact' : 'source'} aria-label={t('sources:label')}>
      {stale.length > 0 ? (
        <p className="notice notice--warning" role="note">
          {firstDue ? (
            <>
              {t('sources:stale', { count: stale.length })} <DateText date={firstDue} />
            </>
          ) : (
            t('sources:staleUndated', { count: stale.length })
          )}
        </p>
      ) : null}
      <p>
        <strong>{t('sources:label')}:</strong>{' '}
        {sourceIds.map((id, index) => (
          <span key={id}>
            {index > 0 ? '; ' : null}
            <SourceName id={id} />
          </span>
        ))}
        {lastChecked !== undefined ? (
          <>
            {' '}
            {t('sources:checkedOn')} <StatedText date={lastChecked} />
          </>
        ) : null}
      </p>
    </aside>
  );
}

/** One source's name and the date it states ("a Shenzhen university notice, 11 Oct 2021"). */
export function SourceName({ id }: { id: SourceId }) {
  const { t } = useTranslation(['sources']);
  const source = SOURCES[id];
  const stated = source.statedOn;
  return (
    <>
      {t(`sources:sources.${id}`)}
      {source.kind === 'newer' ? ` (${t('sources:newer')})` : null}
      {', '}
      <StatedText date={stated} />
    </>
  );
}

/** A date as precise as it is known: a calendar date, "about 2022", or "undated". */
export function StatedText({ date }: { date: StatedDate }) {
  const { t } = useTranslation(['sources']);
  if (date === null) return <>{t('sources:undated')}</>;
  if (typeof date === 'string') return <DateText date={date} />;
  return <>{t(date.approximate ? 'sources:aboutYear' : 'sources:inYear', { year: date.year })}</>;
}
