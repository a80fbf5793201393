import { Link } from 'react-router';
import { runtimeKey, useTranslation } from '@/components/translation-keys';
import type { TimelineItem } from '@/domain/timeline/types';
import { ItemDates } from './ItemDates';
import { itemTitle } from './TimelineEntry';

/**
 * The to-do's first card: the one step to take next, with its dates and the screen where it is done; or,
 * when nothing is open, that all is done (or, for someone outside the scheme, that they are not covered).
 */
export function NextStep({
  next,
  personName,
  noneCovered,
}: {
  next: TimelineItem | undefined;
  /** Shown beside "Next" when the list holds more than one person. */
  personName: string | undefined;
  noneCovered: boolean;
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
      </p>
      <p className="next__title">{itemTitle(t, next)}</p>
      <ItemDates item={next} />
      {next.detailKey && next.ruleId !== 'custom' ? (
        <p>{t(runtimeKey(next.detailKey), next.params)}</p>
      ) : null}
      {next.ruleId !== 'custom' ? (
        <Link className="button button--primary" to={next.link}>
          {t(runtimeKey(`timeline:go.${next.link.slice(1) || 'home'}`))}
        </Link>
      ) : null}
    </section>
  );
}
