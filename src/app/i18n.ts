import i18next, { type i18n as I18n, type InitOptions } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { currentLanguageOf, isLanguage } from '@/components/language';
import { LANGUAGE_STORAGE_KEY, readHint, writeHint } from '@/data/device-hints';
import { FALLBACK_LANGUAGE, HTML_LANG, LANGUAGES, type Language } from '@/domain/settings/languages';
import { BASE_NAMESPACES } from './base-namespaces';
import { pickLanguage } from './shell/pick-language';

/** Each locales/<lng>/<ns>.json is its own chunk, loaded when a screen needs it (and precached for offline). */
const loaders = import.meta.glob<{ default: Record<string, unknown> }>('./*/*.json', {
  base: '../../locales',
});

/** The translations as i18next's backend: each namespace's chunk, imported when it is first needed. */
const lazyLocaleBackend = resourcesToBackend((language: string, namespace: string) => {
  const load = loaders[`./${language}/${namespace}.json`];
  return load ? load() : Promise.reject(new Error(`No translations for ${language}/${namespace}`));
});

function syncDocumentLanguage(language: string) {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = HTML_LANG[isLanguage(language) ? language : FALLBACK_LANGUAGE];
}

export const baseI18nOptions: InitOptions = {
  supportedLngs: [...LANGUAGES],
  // No fallback language: every key is in all three (tests/unit/locale-parity.test.ts fails otherwise).
  // With one, i18next loads each namespace twice before a Chinese or Spanish screen shows, in the reader's
  // language and in English: two more files, one after the other, at start-up (docs/benchmarks.md).
  fallbackLng: false,
  load: 'languageOnly',
  ns: [...BASE_NAMESPACES],
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
  react: { useSuspense: true },
};

/** Storage may be blocked: then the browser's language applies, and a choice lasts for this visit. */
const readSavedLanguage = () => readHint('local', LANGUAGE_STORAGE_KEY);
const rememberLanguage = (language: string) => writeHint('local', LANGUAGE_STORAGE_KEY, language);

/**
 * Language order: `?lng=` in the address, then the saved choice, then the browser's language.
 * Whatever is chosen is remembered for the next visit. `common` loads at once; `namespaces` (the first
 * screen's, which home only knows once it has asked whether the phone holds anything) as soon as they are
 * known, beside it rather than after it.
 */
export async function initI18n(
  namespaces: Promise<readonly string[]> | readonly string[] = [],
): Promise<I18n> {
  i18next.on('languageChanged', (language) => {
    syncDocumentLanguage(language);
    if (isLanguage(language)) rememberLanguage(language);
  });
  const ready = i18next
    .use(lazyLocaleBackend)
    .use(initReactI18next)
    .init({
      ...baseI18nOptions,
      initAsync: false, // start fetching now, not on a timer behind the screen's code
      lng: pickLanguage(
        window.location.search,
        readSavedLanguage(),
        navigator.languages ?? [],
        LANGUAGES,
        FALLBACK_LANGUAGE,
      ),
    });
  await Promise.all([ready, Promise.resolve(namespaces).then((list) => i18next.loadNamespaces([...list]))]);
  syncDocumentLanguage(currentLanguageOf(i18next));
  return i18next;
}

/** For tests: the same backend and options, a fixed language, and every missing key reported. */
export async function initTestI18n(language: Language, onMissingKey: (key: string) => void): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance
    .use(lazyLocaleBackend)
    .use(initReactI18next)
    .init({
      ...baseI18nOptions,
      lng: language,
      saveMissing: true,
      missingKeyHandler: (_lngs, ns, key) => onMissingKey(`${ns}:${key}`),
    });
  return instance;
}
