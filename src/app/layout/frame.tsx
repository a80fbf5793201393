import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { Link } from '@/components/link';
import { useTabSet } from '@/components/tab-set';
import { isNavCurrent } from '../nav-current';
import { MENU_SCREENS, secondaryPaths } from '../navigation';
import { Icon } from './icon';
import { useTranslation } from '@/components/translation-keys';

/**
 * The frame of every screen: header, notices, one <main>, and the bottom navigation (a side rail on wide
 * screens). The build also renders it to static HTML (src/app/shell), so the first paint needs no script.
 */
export function Frame({ notices, children }: { notices?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const behindMore = secondaryPaths(useTabSet());
  // A link of the frame, marked current by the one rule (also the prerendered frame's, src/app/nav-current.ts).
  const marked = (href: string, className?: string) => {
    const current = isNavCurrent(href, pathname, behindMore);
    return {
      to: href,
      className: [className, current ? 'active' : undefined].filter(Boolean).join(' ') || undefined,
      'aria-current': current ? ('page' as const) : undefined,
    };
  };
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('common:skipToContent')}
      </a>
      <header className="app-header">
        <Link {...marked('/', 'app-header__brand')}>
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>{t('common:appName')}</span>
        </Link>
        <Link {...marked('/settings', 'app-header__link')}>
          <Icon name="gear" />
          <span className="visually-hidden">{t('common:nav.settings')}</span>
        </Link>
      </header>
      <div className="notices">{notices}</div>
      <main id="main" className="main" tabIndex={-1}>
        {children}
      </main>
      <nav className="app-nav" aria-label={t('common:nav.label')}>
        <ul>
          {MENU_SCREENS.map((screen) => (
            // Which of them the bottom bar shows is frame.css's choice, by <html data-tabs>: the same markup
            // serves every tab set, so the prerendered frame paints the right tabs before any code runs.
            <li key={screen.path} className="app-nav__item" data-tab-in={screen.tabIn}>
              <Link {...marked(screen.path)}>
                <Icon name={screen.icon} />
                <span>{t(`common:nav.${screen.key}`)}</span>
              </Link>
            </li>
          ))}
          <li className="app-nav__item app-nav__item--more">
            {/* Marked for /more and for every screen it leads to. */}
            <Link {...marked('/more')}>
              <Icon name="more" />
              <span>{t('common:nav.more')}</span>
            </Link>
          </li>
        </ul>
      </nav>
    </div>
  );
}
