import { Component, type ReactNode } from 'react';
import { ChunkLoadError, retryFailedChunks } from '@/components/chunk-load';
import { useTranslation } from '@/components/translation-keys';

/**
 * Shown inside the frame when a screen fails to load or crashes: says so in the reader's language, keeps
 * the data safe, and offers to try the screen again or to reload the app. A screen whose code could not be
 * fetched (the network dropped, or an update removed the file) says so and puts the reload first.
 */
function ScreenError({ onRetry, chunk }: { onRetry: () => void; chunk: boolean }) {
  const { t } = useTranslation();
  const reload = (
    <button
      type="button"
      className={chunk ? 'button button--primary' : 'button'}
      onClick={() => window.location.reload()}
    >
      {chunk ? t('common:routeError.reloadToUpdate') : t('common:routeError.reload')}
    </button>
  );
  const retry = (
    <button type="button" className={chunk ? 'button' : 'button button--primary'} onClick={onRetry}>
      {t('common:routeError.retry')}
    </button>
  );
  return (
    <>
      <h1 tabIndex={-1}>{chunk ? t('common:routeError.chunkTitle') : t('common:routeError.title')}</h1>
      <p role="alert">{chunk ? t('common:routeError.chunkBody') : t('common:routeError.body')}</p>
      <p className="actions">
        {chunk ? reload : retry}
        {chunk ? retry : reload}
      </p>
    </>
  );
}

interface State {
  failed: boolean;
  chunk: boolean;
}

/**
 * Catches a screen that throws while loading or rendering, so the header and navigation stay usable.
 * The shell keys it by address, so moving to another screen starts afresh.
 */
export class RouteErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { failed: false, chunk: false };

  static getDerivedStateFromError(error: unknown): State {
    return { failed: true, chunk: error instanceof ChunkLoadError };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <ScreenError
        chunk={this.state.chunk}
        onRetry={() => {
          retryFailedChunks();
          this.setState({ failed: false, chunk: false });
        }}
      />
    );
  }
}
