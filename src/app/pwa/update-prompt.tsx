import { useEffect, useState } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { hasUnsavedChanges, leaveRisk, useHasUnsavedChanges } from '@/components/form/unsaved-changes';
import { useTranslation } from '@/components/translation-keys';

const HOUR = 60 * 60 * 1000;

/**
 * Tells the user when a new version is ready and when the app works offline. Never reloads on its own,
 * and will not reload while a form has unsaved edits or an import is being written: not in this tab, and
 * not when the update was accepted in another tab (security review F6: that used to reload every tab).
 */
export function UpdatePrompt() {
  // Its words come with the frame's other notices, loaded once the first screen is up (this prompt waits).
  const { t } = useTranslation('notices');
  const unsaved = useHasUnsavedChanges();
  // The new version took over because another tab accepted it, while this tab held unsaved edits.
  const [updatedElsewhere, setUpdatedElsewhere] = useState(false);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    // The new service worker controls this page now. Reload (as vite-plugin-pwa would) only when nothing
    // here would be lost; otherwise say so and let the user reload once they have saved.
    onNeedReload() {
      if (hasUnsavedChanges()) setUpdatedElsewhere(true);
      else window.location.reload();
    },
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      // Look for a new version now and then while the app stays open (only when online).
      window.setInterval(() => {
        if (navigator.onLine) void registration.update();
      }, HOUR);
    },
  });

  useEffect(() => {
    if (!offlineReady) return undefined;
    const timer = window.setTimeout(() => setOfflineReady(false), 8000);
    return () => window.clearTimeout(timer);
  }, [offlineReady, setOfflineReady]);

  const waitFor = unsaved
    ? t(leaveRisk() === 'import' ? 'notices:update.importFirst' : 'notices:update.saveFirst')
    : null;

  if (updatedElsewhere || needRefresh) {
    // Updated in another tab: the new version already controls this page, a reload is all it takes.
    return (
      <section className="banner" aria-labelledby="update-heading">
        <h2 id="update-heading" className="banner__title">
          {t(updatedElsewhere ? 'notices:update.elsewhereTitle' : 'notices:update.title')}
        </h2>
        <p>{waitFor ?? t('notices:update.body')}</p>
        <div className="actions">
          <button
            type="button"
            className="button button--primary"
            disabled={unsaved}
            onClick={() => (updatedElsewhere ? window.location.reload() : void updateServiceWorker(true))}
          >
            {t(updatedElsewhere ? 'notices:update.reloadNow' : 'notices:update.reload')}
          </button>
          {updatedElsewhere ? null : (
            <button type="button" className="button" onClick={() => setNeedRefresh(false)}>
              {t('notices:update.later')}
            </button>
          )}
        </div>
      </section>
    );
  }
  if (offlineReady) {
    return (
      <section className="banner banner--quiet" aria-label={t('notices:update.offlineReadyLabel')}>
        <p>{t('notices:update.offlineReady')}</p>
        <button type="button" className="button" onClick={() => setOfflineReady(false)}>
          {t('common:actions.dismiss')}
        </button>
      </section>
    );
  }
  return null;
}
