import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/PageHeader';

export function Component() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('common:notFound.title')} lead={t('common:notFound.body')} />
      <p>
        <Link to="/">{t('common:notFound.home')}</Link>
      </p>
    </>
  );
}
