import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHasUnsavedChanges } from '@/components/form/unsaved-changes';
import { onDatabaseEvent, type DatabaseEvent } from '@/data/database-events';

/**
 * Tells the user when the database cannot be used as it is: another tab upgraded it (this tab closed its
 * connection and reloads, unless a form has unsaved edits), an older tab blocks an upgrade, or storage is
 * unavailable (some private modes).
 */
export function DatabaseNotice() {
  const { t } = useTranslation();
  const unsaved = useHasUnsavedChanges();
  const [event, setEvent] = useState<DatabaseEvent | undefined>();
  useEffect(() => onDatabaseEvent(setEvent), []);

  useEffect(() => {
    if (event?.type !== 'versionchange' || unsaved) return undefined;
    const timer = window.setTimeout(() => window.location.reload(), 3000);
    return () => window.clearTimeout(timer);
  }, [event, unsaved]);

  if (!event) return null;
  return (
    <section className="banner" role="alert" aria-labelledby="database-notice">
      <h2 id="database-notice" className="banner__title">
        {t(`common:database.${event.type}.title`)}
      </h2>
      <p>
        {event.type === 'versionchange' && unsaved
          ? t('common:database.versionchange.unsaved')
          : t(`common:database.${event.type}.body`)}
      </p>
      {event.type !== 'unavailable' ? (
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          {t('common:database.reload')}
        </button>
      ) : null}
    </section>
  );
}
