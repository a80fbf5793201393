import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { MemoryRouter } from 'react-router';
import { initTestI18n } from './i18n';
import { ROUTES } from '../../tests/e2e/routes';
import { AppRoutes, preloadScreen } from './router';

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
