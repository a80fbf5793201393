import { useId, useState } from 'react';
import { useLocation } from 'react-router';
import { IN_APP_NOTICE_DISMISSED_KEY, readHint, writeHint } from '@/data/device-hints';
import { inAppBrowser, isAppleMobile } from '@/domain/device/browser';
import { copyText } from '../clipboard';
import { useTranslation } from '@/components/translation-keys';

/**
 * Inside WeChat, QQ, Alipay, DingTalk, Weibo or Douyin, a link opens in that app's own browser: what is
 * entered there stays in that app (which may clear it) and is not in the phone's browser afterwards, and the
 * app cannot be installed from there. Says so in the reader's language, with the way out and the page's
 * address ready to copy. "Not now" puts it away for this visit. The way out is the phone's: on Android these
 * apps' browsers are Chromium-based (WeChat's XWeb, QQ's X5), and ··· → 在浏览器打开 opens the phone's browser;
 * on an iPhone they are WebKit like every iOS browser, and ··· → 在Safari中打开 opens Safari.
 */
export function InAppBrowserNotice() {
  const { t } = useTranslation('notices');
  const headingId = useId();
  const addressId = useId();
  const { pathname } = useLocation();
  const [app] = useState(() => inAppBrowser(navigator.userAgent));
  const [apple] = useState(() => isAppleMobile(navigator.userAgent, navigator.maxTouchPoints));
  const [dismissed, setDismissed] = useState(() => readHint('session', IN_APP_NOTICE_DISMISSED_KEY) === '1');
  const [copied, setCopied] = useState<boolean | null>(null);
  if (!app || dismissed) return null;

  const address = `${window.location.origin}${pathname}`;
  const name = t(`notices:inApp.apps.${app}`);
  return (
    <section className="banner banner--warning" aria-labelledby={headingId}>
      <h2 id={headingId} className="banner__title">
        {t('notices:inApp.title', { app: name })}
      </h2>
      <p>{t('notices:inApp.body', { app: name })}</p>
      <p>{apple ? t('notices:inApp.howToIos') : t('notices:inApp.howTo')}</p>
      <label htmlFor={addressId}>{t('notices:inApp.address')}</label>
      <div className="copy-row">
        <input
          id={addressId}
          className="input"
          readOnly
          value={address}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button" onClick={() => void copyText(address).then(setCopied)}>
          {t('notices:inApp.copy')}
        </button>
      </div>
      <p role="status" className="muted">
        {copied === null ? '' : copied ? t('notices:inApp.copied') : t('notices:inApp.copyFailed')}
      </p>
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            writeHint('session', IN_APP_NOTICE_DISMISSED_KEY, '1');
            setDismissed(true);
          }}
        >
          {t('notices:inApp.notNow')}
        </button>
      </div>
    </section>
  );
}
