import { SourceNote } from './source-note';
import { useTranslation } from '@/components/translation-keys';

/**
 * Who can answer a Shenzhen question with authority (the school does not: seed 000, "不持有解释权"): the
 * social-security hotline 12333 (seed 000) and the medical-security hotline 12393 (docs/domain.md), each
 * callable, with their source and its date.
 */
const HOTLINES = [
  { key: 'common:contacts.socialSecurity', number: '12333' },
  { key: 'common:contacts.medicalSecurity', number: '12393' },
] as const;

export function ShenzhenContacts() {
  const { t } = useTranslation(['common']);
  return (
    <section className="card" aria-labelledby="sz-contacts">
      <h2 id="sz-contacts">{t('common:contacts.heading')}</h2>
      <p>{t('common:contacts.intro')}</p>
      <ul className="bullets">
        {HOTLINES.map(({ key, number }) => (
          <li key={number}>
            {t(key)}{' '}
            <a href={`tel:${number}`} className="mono">
              {number}
            </a>
          </li>
        ))}
      </ul>
      <SourceNote factIds={['contacts.shenzhen']} compact />
    </section>
  );
}
