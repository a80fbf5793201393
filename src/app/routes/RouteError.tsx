import { Component, type ReactNode } from 'react';
import { useTranslation } from '@/components/translation-keys';

/**
 * Shown inside the frame when a screen fails to load or crashes: says so in the reader's language, keeps
 * the data safe, and offers to try the screen again or to reload the app (a screen whose code could not be
 * fetched needs the reload). The navigation around it keeps working.
 */
function ScreenError({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <h1 tabIndex={-1}>{t('common:routeError.title')}</h1>
      <p role="alert">{t('common:routeError.body')}</p>
      <p className="actions">
        <button type="button" className="button button--primary" onClick={onRetry}>
          {t('common:routeError.retry')}
        </button>
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
    if (!this.state.failed) return this.props.children;
    return <ScreenError onRetry={() => this.setState({ failed: false })} />;
  }
}
