import { useEffect, useState } from 'react';
import { useHasUnsavedChanges } from '@/components/form/unsaved-changes';
import { onDatabaseEvent, type DatabaseEvent } from '@/data/database-events';
import { useTranslation } from '@/components/translation-keys';

/**
 * Tells the user when the database cannot be used as it is: another tab upgraded it (this tab closed its
 * connection and reloads, unless a form has unsaved edits), an older tab blocks an upgrade, a newer version
 * of the app already upgraded it, the disk is full, or storage is refused (private mode, blocked site data).
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
  // Which message: the event, or for a database that would not open, why.
  const kind = event.type === 'unavailable' ? event.reason : event.type;
  return (
    <section className="banner" role="alert" aria-labelledby="database-notice">
      <h2 id="database-notice" className="banner__title">
        {t(`common:database.${kind}.title`)}
      </h2>
      <p>
        {event.type === 'versionchange' && unsaved
          ? t('common:database.versionchange.unsaved')
          : t(`common:database.${kind}.body`)}
      </p>
      {kind !== 'unavailable' ? (
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          {t('common:database.reload')}
        </button>
      ) : null}
    </section>
  );
}
