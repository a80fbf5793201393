import {
  getFact,
  SOURCES,
  sourceYearsOf,
  statedBase,
  yearlyFactsDue,
  type SourceId,
  type StatedDate,
} from '@/domain/sources/sources';
import { DateText } from './date-text';
import { useToday } from './use-today';
import { useTranslation } from '@/components/translation-keys';

/**
 * Where a section's rules come from, folded behind one tap: each source with the date it states, and the
 * date the rules stand as of. How fresh the screen's rules are is said once, in its freshness line
 * (freshness.tsx); here a warning shows only for a yearly figure or period whose next year has opened
 * since its source (UX review 3, M1: four or five yellow boxes a screen made every rule read as stale).
 */
export function SourceNote({ factIds, compact = false }: { factIds: readonly string[]; compact?: boolean }) {
  const { t } = useTranslation(['sources']);
  const today = useToday();
  const facts = factIds.map(getFact);
  const sourceIds = [...new Set(facts.flatMap((f) => f.sourceIds))];
  const yearly = yearlyFactsDue(factIds, today);
  // The oldest check among the section's facts (an undated one is the oldest of all).
  const lastChecked = facts
    .map((f) => f.checkedOn)
    .sort((a, b) => (statedBase(a) ?? '').localeCompare(statedBase(b) ?? ''))[0];
  return (
    <aside className={compact ? 'source source--compact' : 'source'} aria-label={t('sources:label')}>
      {yearly.length > 0 ? (
        <p className="notice notice--warning" role="note">
          {t('sources:yearly', { count: yearly.length, years: sourceYearsOf(yearly).join(', ') })}
        </p>
      ) : null}
      <details>
        <summary>{t('sources:label')}</summary>
        <p>
          {sourceIds.map((id, index) => (
            <span key={id}>
              {index > 0 ? t('common:punctuation.semicolon') : null}
              <SourceName id={id} />
            </span>
          ))}
          {lastChecked !== undefined ? (
            <>
              {' · '}
              {t('sources:checkedOn')} <StatedText date={lastChecked} />
            </>
          ) : null}
        </p>
      </details>
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
      {t('common:punctuation.comma')}
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
