import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Shown when a screen fails to load or crashes: says so, keeps the data safe, and offers a reload. */
function ScreenError() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('common:routeError.title')}</h1>
      <p role="alert">{t('common:routeError.body')}</p>
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('common:routeError.reload')}
        </button>
      </p>
    </>
  );
}

/**
 * Catches a screen that throws while loading or rendering, so the header and navigation stay usable.
 * The shell keys it by address, so moving to another screen starts afresh.
 */
export class RouteErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  render() {
    return this.state.failed ? <ScreenError /> : this.props.children;
  }
}
