import { render, screen } from '@testing-library/react';
import { Suspense, type ComponentType } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { expect } from 'vitest';
import { initTestI18n } from '@/app/i18n';
import type { Language } from '@/domain/settings/languages';

/**
 * Renders a route component as the app does (router, translations, Suspense) in one language.
 * Every translation key the screen asks for must exist: a missing one fails the test.
 */
export async function renderRoute(
  Component: ComponentType,
  {
    language = 'en' as Language,
    path = '/',
    routePath,
  }: { language?: Language; path?: string; routePath?: string } = {},
) {
  const missing: string[] = [];
  const i18n = await initTestI18n(language, (key) => missing.push(key));
  const view = render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter initialEntries={[path]}>
        <Suspense fallback={<p>suspended</p>}>
          {routePath ? (
            <Routes>
              <Route path={routePath} element={<Component />} />
            </Routes>
          ) : (
            <Component />
          )}
        </Suspense>
      </MemoryRouter>
    </I18nextProvider>,
  );
  await screen.findByRole('heading', { level: 1 });
  return {
    ...view,
    i18n,
    expectNoMissingKeys: () => expect(missing).toEqual([]),
  };
}

/** A translation function for one language with the given namespaces loaded (for non-React code). */
export async function translator(language: Language, namespaces: string[]) {
  const i18n = await initTestI18n(language, () => undefined);
  await i18n.loadNamespaces(namespaces);
  return i18n.t;
}
