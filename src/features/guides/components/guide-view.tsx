import { Link } from '@/components/link';
import { Freshness } from '@/components/freshness';
import { PageHeader } from '@/components/page-header';
import { SourceNote } from '@/components/source-note';
import type { Guide } from '@/domain/guides/guides';
import { runtimeKey, useTranslation } from '@/components/translation-keys';

/** A question and its answer, from an entry that starts with the question ("Can I pay? The premium…"). */
function splitQuestion(entry: string): { question: string; answer: string } {
  const end = entry.search(/[?？]/);
  return end < 0
    ? { question: entry, answer: '' }
    : { question: entry.slice(0, end + 1), answer: entry.slice(end + 1).trim() };
}

/** One procedure, step by step, with the official Chinese menu paths kept as they are. */
export function GuideView({ guide }: { guide: Guide }) {
  const { t } = useTranslation(['guides', 'common']);
  const key = (part: string) => runtimeKey(`guides:guides.${guide.id}.${part}`);
  return (
    <>
      <PageHeader title={t(key('title'))} lead={t(key('summary'))} />
      <Freshness factIds={guide.factIds} />
      <p>
        <Link to="/guides">{t('guides:back')}</Link>
      </p>
      <article className="card guide" aria-labelledby="guide-steps">
        <p>{t(key('intro'))}</p>
        {guide.kind === 'questions' ? (
          <>
            <h2 id="guide-steps">{t('guides:questionsHeading')}</h2>
            {Array.from({ length: guide.steps }, (_, i) => {
              const { question, answer } = splitQuestion(t(key(`steps.${i + 1}`)));
              return (
                <section key={i} className="guide__question">
                  <h3>{question}</h3>
                  <p>{answer}</p>
                </section>
              );
            })}
          </>
        ) : (
          <>
            <h2 id="guide-steps">{t('guides:stepsHeading')}</h2>
            <ol className="steps">
              {Array.from({ length: guide.steps }, (_, i) => (
                <li key={i}>{t(key(`steps.${i + 1}`))}</li>
              ))}
            </ol>
          </>
        )}
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
