import type { ReactNode } from 'react';
import { factAppliesOn, getFact } from '@/domain/sources/sources';
import { DateText } from './date-text';
import { useToday } from './use-today';
import { useTranslation } from '@/components/translation-keys';

export interface RuleVersion {
  factId: string;
  title: string;
  content: ReactNode;
}

/**
 * A rule that a newer one replaced on a known day: the version that applies today first, labelled with the
 * day it applies from; the other below, folded, as history with the day it ended. The reader gets one
 * answer for today and can still see where the older wording came from.
 */
export function RuleVersions({ versions }: { versions: readonly RuleVersion[] }) {
  const { t } = useTranslation(['common']);
  const today = useToday();
  const now = versions.find((v) => factAppliesOn(getFact(v.factId), today)) ?? versions[0]!;
  const history = versions.filter((v) => v !== now);
  const period = (factId: string) => {
    const fact = getFact(factId);
    if (fact.appliesFrom && factAppliesOn(fact, today))
      return (
        <>
          {t('common:rules.appliesSince')} <DateText date={fact.appliesFrom} />
        </>
      );
    if (fact.appliesUntil)
      return (
        <>
          {t('common:rules.until')} <DateText date={fact.appliesUntil} />
        </>
      );
    return null;
  };
  return (
    <div className="rule-versions">
      <div>
        <h3>{now.title}</h3>
        <p className="tag">{period(now.factId)}</p>
        {now.content}
      </div>
      {history.map((version) => (
        <details key={version.factId}>
          <summary>
            {t('common:rules.history')}: {version.title} ({period(version.factId)})
          </summary>
          {version.content}
        </details>
      ))}
    </div>
  );
}
