import { ScrollBox } from '@/components/scroll-box';
import { SourceName, StatedText } from '@/components/source-note';
import { useToday } from '@/components/use-today';
import { factReviewDue, FACTS, isFactStale, SOURCES } from '@/domain/sources/sources';
import { runtimeKey, useTranslation } from '@/components/translation-keys';

/** Every fact the app applies, with its source, the date the source states, and when it was checked. */
export function SourcesTable() {
  const { t } = useTranslation(['guides', 'sources']);
  const today = useToday();
  const facts = Object.values(FACTS);
  const stale = facts.filter((f) => isFactStale(f, today)).length;
  return (
    <>
      {stale > 0 ? (
        <p className="notice notice--warning" role="note">
          {t('guides:sources.staleCount', { count: stale })}
        </p>
      ) : (
        <p className="notice">{t('guides:sources.allCurrent')}</p>
      )}
      <ScrollBox label={t('guides:sources.caption', { count: facts.length })}>
        <table className="table">
          <caption>{t('guides:sources.caption', { count: facts.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('guides:sources.fact')}</th>
              <th scope="col">{t('guides:sources.source')}</th>
              <th scope="col">{t('guides:sources.checked')}</th>
              <th scope="col">{t('guides:sources.reviewBy')}</th>
            </tr>
          </thead>
          <tbody>
            {facts.map((fact) => {
              const isStale = isFactStale(fact, today);
              return (
                <tr key={fact.id} className={isStale ? 'row--stale' : undefined}>
                  <th scope="row">
                    {t(runtimeKey(`sources:facts.${fact.id}`))}
                    {fact.replaces ? (
                      <span className="muted">
                        {' '}
                        {t('guides:sources.replaces', {
                          fact: t(runtimeKey(`sources:facts.${fact.replaces}`)),
                        })}
                      </span>
                    ) : null}
                  </th>
                  <td>
                    {fact.sourceIds.map((id, i) => (
                      <span key={id}>
                        {i > 0 ? '; ' : null}
                        <SourceName id={id} />
                        {/* Seeds are cited by their file name too (docs/domain.md, "The sources"). */}
                        {SOURCES[id].file ? <code className="muted"> {SOURCES[id].file}</code> : null}
                      </span>
                    ))}
                  </td>
                  <td>
                    <StatedText date={fact.checkedOn} />
                  </td>
                  <td>
                    <StatedText date={factReviewDue(fact)} />
                    {isStale ? <strong className="answer__flag"> {t('guides:sources.stale')}</strong> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollBox>
    </>
  );
}
