import { lazy, type ComponentType } from 'react';

/**
 * A part of the app whose code could not be fetched: the network dropped while it loaded, or an update
 * removed the file an older page asked for. The screen's error boundary tells it from a crash and asks for
 * a reload (src/app/routes/route-error.tsx).
 */
export class ChunkLoadError extends Error {
  constructor(cause: unknown) {
    super('A part of the app could not be loaded', { cause });
    this.name = 'ChunkLoadError';
  }
}

/**
 * Fetches a chunk (`() => import(…)`), turning a failure into a ChunkLoadError. Vite's `vite:preloadError`
 * event is never `preventDefault()`ed in this app: that would make the import resolve to `undefined` and
 * every caller throw on it, in every engine.
 */
export function loadChunk<T>(load: () => Promise<T>): Promise<T> {
  return load().catch((error: unknown) => {
    throw error instanceof ChunkLoadError ? error : new ChunkLoadError(error);
  });
}

let retries = 0;

/** How many times the reader asked to try again (a screen's "Try again"): a failed chunk is fetched anew then. */
export const chunkRetries = () => retries;

/** The reader asks to try again: a chunk that failed is fetched anew when next rendered. */
export function retryFailedChunks() {
  retries += 1;
}

/**
 * A lazily loaded part that the screen does without when its code cannot be fetched (a notice, a dialog):
 * it renders nothing then, and says why in the console, instead of breaking the frame around it.
 */
export function optionalLazy<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const nothing: ComponentType<P> = () => null;
  return lazy(() =>
    load().then(
      (component): { default: ComponentType<P> } => ({ default: component }),
      (error: unknown) => {
        console.warn('An optional part of the app could not be loaded; going on without it.', error);
        return { default: nothing };
      },
    ),
  );
}
