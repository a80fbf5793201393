import { createInstance } from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { LANGUAGES, type Language } from '@/domain/settings/languages';
import { Frame } from '../layout/frame';
import { FirstVisitWelcome, Skeleton } from '@/components/screen-skeleton';

/** Build-time only (src/app/shell/shell-plugin.ts): the common namespace of every language. */
const common = import.meta.glob<Record<string, unknown>>('../../../locales/*/common.json', {
  eager: true,
  import: 'default',
});

/** The hidden copy of the first-visit welcome; the inline script keeps either it or the skeleton. */
export const FIRST_VISIT_ID = 'first-visit';

/**
 * The frame and a screen skeleton (with the first-visit welcome beside it, hidden) as static HTML in one language, rendered by the same components as the
 * app. It is rendered at an address no screen has, so no navigation link is marked current: the inline
 * script marks the right one for the address the page opens at.
 */
export async function renderShell(language: Language): Promise<string> {
  const i18n = createInstance();
  await i18n.use(initReactI18next).init({
    lng: language,
    resources: { [language]: { common: common[`../../../locales/${language}/common.json`]! } },
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  // React hoists a preload hint for the logo into the markup; the <img> finds it soon enough.
  const markup = renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter initialEntries={['/prerendered-shell']}>
        <Frame>
          <Skeleton />
          <div id={FIRST_VISIT_ID} hidden>
            <FirstVisitWelcome />
          </div>
        </Frame>
      </MemoryRouter>
    </I18nextProvider>,
  );
  return markup.replace(/<link rel="preload"[^>]*>/g, '');
}

export async function renderShells(): Promise<Record<Language, string>> {
  const entries = await Promise.all(LANGUAGES.map(async (l) => [l, await renderShell(l)] as const));
  return Object.fromEntries(entries) as Record<Language, string>;
}
