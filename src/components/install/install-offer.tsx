import { Suspense, useEffect, useId, useState, useSyncExternalStore } from 'react';
import { INSTALL_OFFERED_KEY, readHint, writeHint } from '@/data/device-hints';
import { installWay } from '@/domain/device/browser';
import { SvgIcon } from '../svg-icon';
import { installPrompt } from './install-prompt';
import { useTranslation } from '@/components/translation-keys';

/** Whether the app already runs from the home screen (then there is nothing to offer). */
function runsInstalled(): boolean {
  const standalone = typeof matchMedia === 'function' && matchMedia('(display-mode: standalone)').matches;
  return standalone || (navigator as { standalone?: boolean }).standalone === true || installPrompt.installed;
}

const subscribe = (listener: () => void) => {
  installPrompt.listeners.add(listener);
  return () => installPrompt.listeners.delete(listener);
};
const canPrompt = () => installPrompt.event !== null;

/** The browser's own prompt, shown once; true when the reader installed the app. */
async function promptInstall(): Promise<boolean> {
  const event = installPrompt.event;
  if (!event) return false;
  installPrompt.event = null; // a prompt can be shown once: after that, the browser's menu
  for (const listener of installPrompt.listeners) listener();
  await event.prompt();
  return (await event.userChoice).outcome === 'accepted';
}

/** Safari's Share icon (a square with an arrow up), drawn as the steps refer to it. */
const SHARE_ICON = 'M12 3v12M8 7l4-4 4 4M6 11H5v10h14V11h-1';

/**
 * Putting the app on the home screen: the browser's own Install button where it offers one, Safari's three
 * steps on an iPhone or iPad, the browser's menu elsewhere; nothing once installed or inside another app's
 * browser (which cannot install). `once`: offered unasked a single time (after the first person is saved),
 * with "Not now"; without it (Settings), always there.
 *
 * Its words are the notices' (not the start-up words): Settings loads them with its screen; after the first
 * save on People, the offer appears once they are here (usually already, with the frame's notices).
 */
export function InstallOffer({ once = false }: { once?: boolean }) {
  return (
    <Suspense fallback={null}>
      <Offer once={once} />
    </Suspense>
  );
}

function Offer({ once }: { once: boolean }) {
  const { t } = useTranslation('notices');
  const headingId = useId();
  const prompting = useSyncExternalStore(subscribe, canPrompt, canPrompt);
  const installed = useSyncExternalStore(subscribe, runsInstalled, runsInstalled);
  const way = installWay(navigator.userAgent, prompting, navigator.maxTouchPoints);
  const [offeredBefore] = useState(() => once && readHint('local', INSTALL_OFFERED_KEY) === '1');
  const [closed, setClosed] = useState(false);
  const shown = !installed && way !== 'none' && !offeredBefore && !closed;
  useEffect(() => {
    if (once && shown) writeHint('local', INSTALL_OFFERED_KEY, '1');
  }, [once, shown]);
  if (!shown) return null;

  return (
    <section className="card install-offer" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('notices:install.title')}</h2>
      <p>{t('notices:install.why')}</p>
      {way === 'prompt' ? (
        <p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => void promptInstall().then((accepted) => accepted && setClosed(true))}
          >
            {t('notices:install.button')}
          </button>
        </p>
      ) : way === 'ios-share' ? (
        <ol className="steps">
          <li>
            {t('notices:install.ios.share')}{' '}
            <SvgIcon path={SHARE_ICON} size={20} className="icon icon--inline" />
          </li>
          <li>{t('notices:install.ios.add')}</li>
          <li>{t('notices:install.ios.confirm')}</li>
        </ol>
      ) : (
        <p>{t('notices:install.menu')}</p>
      )}
      {once ? (
        <p>
          <button type="button" className="button" onClick={() => setClosed(true)}>
            {t('notices:install.notNow')}
          </button>
        </p>
      ) : null}
    </section>
  );
}
