import { Link } from '@/components/link';
import { PageHeader } from '@/components/page-header';
import { useTranslation } from '@/components/translation-keys';

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
