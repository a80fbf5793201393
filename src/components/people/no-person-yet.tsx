import { Link } from '@/components/link';
import { useTranslation } from '@/components/translation-keys';

/** Shown instead of a journey when nobody has been added yet: the way to the first visit's questions. */
export function NoPersonYet() {
  const { t } = useTranslation(['common']);
  return (
    <section className="card">
      <h2>{t('common:person.noneHeading')}</h2>
      <p>{t('common:person.none')}</p>
      <p>
        <Link className="button button--primary" to="/start">
          {t('common:person.add')}
        </Link>
      </p>
    </section>
  );
}
