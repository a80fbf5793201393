import { Link } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { SourceNote } from '@/components/SourceNote';
import type { Guide } from '@/domain/guides/guides';
import { runtimeKey, useTranslation } from '@/components/translation-keys';

/** One procedure, step by step, with the official Chinese menu paths kept as they are. */
export function GuideView({ guide }: { guide: Guide }) {
  const { t } = useTranslation(['guides', 'common']);
  const key = (part: string) => runtimeKey(`guides:guides.${guide.id}.${part}`);
  return (
    <>
      <PageHeader title={t(key('title'))} lead={t(key('summary'))} />
      <p>
        <Link to="/guides">{t('guides:back')}</Link>
      </p>
      <article className="card guide" aria-labelledby="guide-steps">
        <p>{t(key('intro'))}</p>
        <h2 id="guide-steps">{t('guides:stepsHeading')}</h2>
        <ol className="steps">
          {Array.from({ length: guide.steps }, (_, i) => (
            <li key={i}>{t(key(`steps.${i + 1}`))}</li>
          ))}
        </ol>
        <h2>{t('guides:notesHeading')}</h2>
        <ul className="bullets">
          {Array.from({ length: guide.notes }, (_, i) => (
            <li key={i}>{t(key(`notes.${i + 1}`))}</li>
          ))}
        </ul>
        {guide.screen ? (
          <p>
            <Link className="button button--primary" to={guide.screen}>
              {t(runtimeKey(`guides:screens.${guide.screen.slice(1)}`))}
            </Link>
          </p>
        ) : null}
        <SourceNote factIds={guide.factIds} />
      </article>
    </>
  );
}
