import { useTranslation } from 'react-i18next';
import { SourceNote } from './SourceNote';

/**
 * Who can answer a Shenzhen question with authority (the school does not: seed 000, "不持有解释权"): the
 * social-security hotline 12333 (seed 000) and the medical-security hotline 12393 (DOMAIN.md), each
 * callable, with their source and its date.
 */
export function ShenzhenContacts() {
  const { t } = useTranslation('common');
  return (
    <section className="card" aria-labelledby="sz-contacts">
      <h2 id="sz-contacts">{t('common:contacts.heading')}</h2>
      <p>{t('common:contacts.intro')}</p>
      <ul className="bullets">
        <li>
          {t('common:contacts.socialSecurity')}{' '}
          <a href="tel:12333" className="mono">
            12333
          </a>
        </li>
        <li>
          {t('common:contacts.medicalSecurity')}{' '}
          <a href="tel:12393" className="mono">
            12393
          </a>
        </li>
      </ul>
      <SourceNote factIds={['contacts.shenzhen']} compact />
    </section>
  );
}
