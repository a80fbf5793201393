import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { MemoryRouter } from 'react-router';
import { initTestI18n } from './i18n';
import { ROUTES } from '../../tests/e2e/routes';
import { RouteErrorBoundary } from './routes/route-error';
import { AppRoutes, defineScreen, preloadScreen, ScreenElement } from './router';

/** Every screen's address (the browser tests' list), and one that is no screen. */
const PATHS = [...ROUTES, '/no-such-screen'];

/**
 * Start-up (src/app/main.tsx) loads the first screen's code and translation namespaces before React's
 * first render. If a screen used a namespace its route does not declare, or the preloaded code did not
 * resolve at once, that first render would show a placeholder and replace it a moment later.
 */
describe('screens not preloaded', () => {
  it('a screen that was not preloaded still loads when it is rendered', async () => {
    const i18n = await initTestI18n('en', () => undefined);
    render(
      <I18nextProvider i18n={i18n}>
        <MemoryRouter initialEntries={['/checklist']}>
          <Suspense fallback={<p>suspended</p>}>
            <AppRoutes />
          </Suspense>
        </MemoryRouter>
      </I18nextProvider>,
    );
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
  });
});

describe('a screen whose code cannot be fetched', () => {
  it('says to reload to update, fetches no more on its own, and fetches again on "Try again"', async () => {
    const i18n = await initTestI18n('en', () => undefined);
    let attempts = 0;
    const failing = defineScreen([], () => {
      attempts += 1;
      return attempts <= 2
        ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
        : Promise.resolve({ Component: () => <h1>The screen</h1> });
    });
    // Start-up's preload fails first (src/app/main.tsx), then the render's own fetch.
    await failing.preload().catch(() => undefined);
    render(
      <I18nextProvider i18n={i18n}>
        <RouteErrorBoundary>
          <Suspense fallback={<p>suspended</p>}>
            <ScreenElement screen={failing} />
          </Suspense>
        </RouteErrorBoundary>
      </I18nextProvider>,
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This screen could not be loaded' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Reload to get the app again');
    expect(screen.getByRole('button', { name: 'Reload to update' })).toBeInTheDocument();
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(attempts).toBe(2); // no loop of fetches while the message shows

    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'The screen' })).toBeInTheDocument();
    expect(attempts).toBe(3);
  });

  it('shows a crash as a crash, not as an update to fetch', async () => {
    const i18n = await initTestI18n('en', () => undefined);
    const Crash = () => {
      throw new Error('a bug');
    };
    const crashing = defineScreen([], () => Promise.resolve({ Component: Crash }));
    await crashing.preload();
    const quiet = console.error;
    console.error = () => {};
    try {
      render(
        <I18nextProvider i18n={i18n}>
          <RouteErrorBoundary>
            <ScreenElement screen={crashing} />
          </RouteErrorBoundary>
        </I18nextProvider>,
      );
    } finally {
      console.error = quiet;
    }
    expect(screen.getByRole('heading', { level: 1, name: 'This screen could not open' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reload to update' })).toBeNull();
  });
});

describe('start-up preloading', () => {
  it.each(PATHS)('%s renders its own screen in the first pass once preloaded', async (path) => {
    const missing: string[] = [];
    const i18n = await initTestI18n('en', (key) => missing.push(key));
    const { namespaces, loaded } = preloadScreen(path);
    await Promise.all([loaded, namespaces.then((list) => i18n.loadNamespaces([...list]))]);

    // A synchronous act: nothing that waits for a chunk or a translation file can finish inside it.
    act(() => {
      render(
        <I18nextProvider i18n={i18n}>
          <MemoryRouter initialEntries={[path]}>
            <Suspense fallback={<p>suspended</p>}>
              <AppRoutes />
            </Suspense>
          </MemoryRouter>
        </I18nextProvider>,
      );
    });
    expect(screen.queryByText('suspended')).toBeNull();
    expect(document.querySelector('main .skeleton[aria-busy]'), 'the loading skeleton').toBeNull();
    // The screen's heading, or for the home screen the welcome or its own loading state while the
    // database answers: either way the screen's code is running, not the placeholder of a lazy chunk.
    expect(document.querySelector('main')?.textContent).not.toBe('');
    expect(missing).toEqual([]);
  });
});
