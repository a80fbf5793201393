import { useEffect, useId, useState } from 'react';
import { useLocation } from 'react-router';
import { Link } from '@/components/link';
import { currentLanguageOf } from '@/components/language';
import { LargeTextButton } from '@/components/large-text-button';
import { InstallOffer } from '@/components/install/install-offer';
import { PageHeader } from '@/components/page-header';
import { SetupSummary } from '../components/setup-summary';
import { StatusMessage } from '@/components/status-message';
import { HTML_LANG, LANGUAGES, type Language } from '@/domain/settings/languages';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/data/db';
import { SETTINGS_ID } from '@/domain/settings/defaults';
import { BackupSection } from '../components/backup-section';
import { useStorageStatus } from '../hooks/use-storage-status';
import { namespaces } from './namespaces';
import { useTranslation } from '@/components/translation-keys';

/** iPhone and iPad Safari outside an installed app: the browser may clear site data after 7 days unused. */
function isIosBrowserTab(): boolean {
  const ua = navigator.userAgent;
  const ios = /iPad|iPhone|iPod/.test(ua) || (/Macintosh/.test(ua) && navigator.maxTouchPoints > 1);
  const standalone =
    (navigator as Navigator & { standalone?: boolean }).standalone === true ||
    window.matchMedia?.('(display-mode: standalone)').matches;
  return ios && !standalone;
}

function formatBytes(bytes: number, language: Language) {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(HTML_LANG[language], {
    style: 'unit',
    unit: units[unit],
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

export function Component() {
  const { t, i18n } = useTranslation(namespaces);
  const language = currentLanguageOf(i18n);
  const languageId = useId();
  const [languageStatus, setLanguageStatus] = useState<string | null>(null);
  const { status, request, requesting } = useStorageStatus();
  const settings = useLiveQuery(() => db.settings.get(SETTINGS_ID));
  const [ios] = useState(isIosBrowserTab);
  const { hash } = useLocation();
  useEffect(() => {
    if (hash) document.getElementById(hash.slice(1))?.scrollIntoView();
  }, [hash]);

  const changeLanguage = async (next: Language) => {
    await i18n.changeLanguage(next);
    // Remembered on this phone by i18next (src/app/i18n.ts), read before the first paint.
    setLanguageStatus(i18n.t('settings:language.changed', { lng: next }));
  };

  let persistence = t('settings:storage.checking');
  if (status) {
    if (!status.supported) persistence = t('settings:storage.unsupported');
    else if (status.persisted === true) persistence = t('settings:storage.persisted');
    else persistence = t('settings:storage.notPersisted');
  }

  return (
    <>
      <PageHeader title={t('settings:title')} lead={t('settings:lead')} />

      <section className="card" aria-labelledby="settings-language">
        <h2 id="settings-language">{t('settings:language.heading')}</h2>
        <div className="field">
          <label htmlFor={languageId} className="field__label">
            {t('settings:language.label')}
          </label>
          <select
            id={languageId}
            className="input"
            value={language}
            aria-describedby={`${languageId}-hint`}
            onChange={(event) => void changeLanguage(event.target.value as Language)}
          >
            {LANGUAGES.map((lng) => (
              <option key={lng} value={lng} lang={HTML_LANG[lng]}>
                {t(`common:languageNames.${lng}`)}
              </option>
            ))}
          </select>
          <p id={`${languageId}-hint`} className="field__hint">
            {t('settings:language.hint')}
          </p>
        </div>
        <StatusMessage message={languageStatus} />
        <h3>{t('settings:display.heading')}</h3>
        <p className="muted">{t('settings:display.hint')}</p>
        <LargeTextButton label={t('settings:display.largeText')} />
      </section>

      <SetupSummary />

      <section className="card" aria-labelledby="settings-storage">
        <h2 id="settings-storage">{t('settings:storage.heading')}</h2>
        <p>{t('settings:storage.intro')}</p>
        <dl className="facts">
          <dt>{t('settings:storage.persistenceLabel')}</dt>
          <dd data-testid="persistence">{persistence}</dd>
          <dt>{t('settings:storage.usageLabel')}</dt>
          <dd>
            {status?.usage != null && status.quota != null
              ? t('settings:storage.usage', {
                  used: formatBytes(status.usage, language),
                  quota: formatBytes(status.quota, language),
                })
              : t('settings:storage.usageUnknown')}
          </dd>
        </dl>
        {ios ? <p className="notice notice--warning">{t('settings:storage.ios')}</p> : null}
        {status?.supported && status.persisted !== true ? (
          <>
            <p className="muted">{t('settings:storage.whyPersist')}</p>
            <button type="button" className="button" disabled={requesting} onClick={() => void request()}>
              {t('settings:storage.request')}
            </button>
          </>
        ) : null}
      </section>

      <InstallOffer />

      <BackupSection lastBackupAt={settings?.lastBackupAt} />

      <section className="card" id="privacy" aria-labelledby="settings-privacy">
        <h2 id="settings-privacy">{t('settings:privacy.heading')}</h2>
        <h3>{t('settings:privacy.whatHeading')}</h3>
        <p>{t('settings:privacy.what')}</p>
        <h3>{t('settings:privacy.whereHeading')}</h3>
        <p>{t('settings:privacy.where')}</p>
        <h3>{t('settings:privacy.leavesHeading')}</h3>
        <ul className="bullets">
          <li>{t('settings:privacy.onDevice')}</li>
          <li>{t('settings:privacy.noRequests')}</li>
          <li>{t('settings:privacy.masked')}</li>
          <li>{t('settings:privacy.backupFile')}</li>
        </ul>
        <h3>{t('settings:privacy.deleteHeading')}</h3>
        <p>
          {t('settings:privacy.delete')} <a href="#backup">{t('settings:privacy.deleteLink')}</a>
        </p>
        <p>
          <Link to="/profile">{t('settings:privacy.peopleLink')}</Link>
        </p>
      </section>

      <section className="card" aria-labelledby="settings-about">
        <h2 id="settings-about">{t('settings:about.heading')}</h2>
        <dl className="facts">
          <dt>{t('settings:about.version')}</dt>
          <dd>{__APP_VERSION__}</dd>
        </dl>
        <p className="muted">{t('settings:about.disclaimer')}</p>
      </section>
    </>
  );
}
