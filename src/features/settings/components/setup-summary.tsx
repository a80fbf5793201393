import { Link } from '@/components/link';
import { usePeople } from '@/components/people/use-people';
import { useTranslation } from '@/components/translation-keys';

/** The first visit's answers, as they shape the app now, and the way to change them (/start). */
export function SetupSummary() {
  const { t } = useTranslation(['settings', 'start', 'profile']);
  const setup = usePeople()?.settings.setup;
  return (
    <section className="card" aria-labelledby="settings-setup">
      <h2 id="settings-setup">{t('settings:setup.heading')}</h2>
      {setup ? (
        <dl className="facts">
          <dt>{t('start:role.legend')}</dt>
          <dd>{t(`start:role.${setup.role}.label`)}</dd>
          <dt>{t('profile:fields.city')}</dt>
          <dd>{t(`profile:cities.${setup.city}`)}</dd>
          <dt>{t('profile:fields.idType')}</dt>
          <dd>{t(`profile:idTypes.${setup.idType}`)}</dd>
        </dl>
      ) : (
        <p>{t('settings:setup.none')}</p>
      )}
      <p>
        <Link className="button" to="/start">
          {t('settings:setup.change')}
        </Link>
      </p>
    </section>
  );
}
