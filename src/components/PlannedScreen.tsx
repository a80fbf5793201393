import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from './PageHeader';

/**
 * A screen whose feature is being built: it says, in the reader's language, what the screen will hold,
 * what to do meanwhile, and which source documents it will follow. Keys live in the feature's namespace:
 * title, lead, planned.items.*, planned.meanwhile, planned.sources.
 */
export function PlannedScreen({ namespace, itemCount }: { namespace: string; itemCount: number }) {
  const { t } = useTranslation([namespace, 'common']);
  const items = Array.from({ length: itemCount }, (_, i) => t(`${namespace}:planned.items.${i + 1}`));
  return (
    <>
      <PageHeader title={t(`${namespace}:title`)} lead={t(`${namespace}:lead`)} />
      <section className="card" aria-labelledby={`${namespace}-planned`}>
        <h2 id={`${namespace}-planned`}>{t('common:planned.heading')}</h2>
        <ul className="bullets">
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <p className="muted">{t('common:planned.status')}</p>
      </section>
      <section className="card" aria-labelledby={`${namespace}-meanwhile`}>
        <h2 id={`${namespace}-meanwhile`}>{t('common:planned.meanwhileHeading')}</h2>
        <p>{t(`${namespace}:planned.meanwhile`)}</p>
        <p>
          <Link to="/profile">{t('common:planned.profileLink')}</Link>
        </p>
      </section>
      <p className="source">{t(`${namespace}:planned.sources`)}</p>
    </>
  );
}
