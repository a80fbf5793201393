import { Suspense } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SCREENS } from '../navigation';
import { DatabaseNotice } from '../pwa/DatabaseNotice';
import { UpdatePrompt } from '../pwa/UpdatePrompt';
import { Icon } from './Icon';

const SECONDARY_PATHS: readonly string[] = SCREENS.filter((s) => !s.primary).map((s) => s.path);

/** The frame of every screen: header, one <main>, and the bottom navigation (a side rail on wide screens). */
export function AppShell() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const inMore = pathname === '/more' || SECONDARY_PATHS.some((p) => pathname.startsWith(p));
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
      <DatabaseNotice />
      <UpdatePrompt />
      <main id="main" className="main" tabIndex={-1}>
        <Suspense fallback={<p className="loading">{t('common:loading')}</p>}>
          <Outlet />
        </Suspense>
      </main>
      <nav className="app-nav" aria-label={t('common:nav.label')}>
        <ul>
          {SCREENS.map((screen) => (
            <li
              key={screen.path}
              className={screen.primary ? 'app-nav__item' : 'app-nav__item app-nav__item--wide'}
            >
              <NavLink to={screen.path} end={screen.path === '/'}>
                <Icon name={screen.icon} />
                <span>{t(`common:nav.${screen.key}`)}</span>
              </NavLink>
            </li>
          ))}
          <li className="app-nav__item app-nav__item--narrow">
            <NavLink
              to="/more"
              className={inMore ? 'active' : undefined}
              aria-current={inMore ? 'page' : undefined}
            >
              <Icon name="more" />
              <span>{t('common:nav.more')}</span>
            </NavLink>
          </li>
        </ul>
      </nav>
    </div>
  );
}
