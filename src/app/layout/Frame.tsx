import type { ReactNode } from 'react';
import { Link, matchPath, NavLink, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useTabSet } from '@/components/tab-set';
import type { TabSet } from '@/domain/settings/audience';
import { SCREENS, secondaryPaths } from '../navigation';
import { Icon } from './Icon';

/**
 * Whether "More" is the current tab: on /more and on the screens it leads to for this tab set, matched as
 * NavLink does (the prerendered frame's inline script marks it the same way, src/app/shell).
 */
const isInMore = (pathname: string, tabs: TabSet) =>
  ['/more', ...secondaryPaths(tabs)].some((path) => matchPath({ path, end: false }, pathname) !== null);

/**
 * The frame of every screen: header, notices, one <main>, and the bottom navigation (a side rail on wide
 * screens). The build also renders it to static HTML (src/app/shell), so the first paint needs no script.
 */
export function Frame({ notices, children }: { notices?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const inMore = isInMore(pathname, useTabSet());
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('common:skipToContent')}
      </a>
      <header className="app-header">
        <NavLink to="/" className="app-header__brand">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>{t('common:appName')}</span>
        </NavLink>
        <NavLink to="/settings" className="app-header__link">
          <Icon name="gear" />
          <span className="visually-hidden">{t('common:nav.settings')}</span>
        </NavLink>
      </header>
      <div className="notices">{notices}</div>
      <main id="main" className="main" tabIndex={-1}>
        {children}
      </main>
      <nav className="app-nav" aria-label={t('common:nav.label')}>
        <ul>
          {SCREENS.map((screen) => (
            // Which of them the bottom bar shows is styles.css's choice, by <html data-tabs>: the same markup
            // serves every tab set, so the prerendered frame paints the right tabs before any code runs.
            <li key={screen.path} className="app-nav__item" data-tab-in={screen.tabIn}>
              <NavLink to={screen.path} end={screen.path === '/'}>
                <Icon name={screen.icon} />
                <span>{t(`common:nav.${screen.key}`)}</span>
              </NavLink>
            </li>
          ))}
          <li className="app-nav__item app-nav__item--more">
            {/* Marked for /more and for every screen it leads to. */}
            <Link
              to="/more"
              className={inMore ? 'active' : undefined}
              aria-current={inMore ? 'page' : undefined}
            >
              <Icon name="more" />
              <span>{t('common:nav.more')}</span>
            </Link>
          </li>
        </ul>
      </nav>
    </div>
  );
}
