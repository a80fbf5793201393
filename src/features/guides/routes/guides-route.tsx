import { useParams } from 'react-router';
import { Link } from '@/components/link';
import { LargeTextButton } from '@/components/large-text-button';
import { PageHeader } from '@/components/page-header';
import { findGuide, GUIDES } from '@/domain/guides/guides';
import { FamilySummary } from '../components/family-summary';
import { GuideView } from '../components/guide-view';
import { SourcesTable } from '../components/sources-table';
import { namespaces } from './namespaces';
import { runtimeKey, useTranslation } from '@/components/translation-keys';

/** /guides: the guides, the sources of every rule, and the summary to share with family. */
export function Component() {
  const { id } = useParams();
  const { t } = useTranslation(namespaces);

  if (id === 'sources') {
    return (
      <>
        <PageHeader title={t('guides:sources.title')} lead={t('guides:sources.lead')} />
        <p>
          <Link to="/guides">{t('guides:back')}</Link>
        </p>
        <SourcesTable />
      </>
    );
  }
  if (id === 'share') {
    return (
      <>
        <PageHeader title={t('guides:share.title')} lead={t('guides:share.lead')} />
        <p className="no-print">
          <Link to="/guides">{t('guides:back')}</Link>
        </p>
        <FamilySummary />
      </>
    );
  }
  if (id) {
    const guide = findGuide(id);
    if (guide) return <GuideView guide={guide} />;
    return (
      <>
        <PageHeader title={t('guides:notFound.title')} />
        <p>{t('guides:notFound.body')}</p>
        <p>
          <Link to="/guides">{t('guides:back')}</Link>
        </p>
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('guides:title')} lead={t('guides:lead')} />
      <section className="card" aria-labelledby="guides-list">
        <h2 id="guides-list">{t('guides:listHeading')}</h2>
        <ul className="guide-list">
          {GUIDES.map((guide) => (
            <li key={guide.id}>
              <Link to={`/guides/${guide.id}`}>{t(runtimeKey(`guides:guides.${guide.id}.title`))}</Link>
              <p className="muted">{t(runtimeKey(`guides:guides.${guide.id}.summary`))}</p>
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="guides-family">
        <h2 id="guides-family">{t('guides:familyHeading')}</h2>
        <p>{t('guides:familyIntro')}</p>
        <div className="actions">
          <Link className="button button--primary" to="/guides/share">
            {t('guides:share.title')}
          </Link>
          <LargeTextButton label={t('guides:largeText')} />
        </div>
      </section>
      <section className="card" aria-labelledby="guides-sources">
        <h2 id="guides-sources">{t('guides:sources.title')}</h2>
        <p>{t('guides:sources.intro')}</p>
        <Link to="/guides/sources">{t('guides:sources.link')}</Link>
      </section>
    </>
  );
}
