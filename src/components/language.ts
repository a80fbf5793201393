import type { i18n as I18n } from 'i18next';
import { FALLBACK_LANGUAGE, LANGUAGES, type Language } from '@/domain/settings/languages';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language an i18next instance is showing: one of the app's languages, else the fallback. */
export function currentLanguageOf(instance: I18n): Language {
  const resolved = instance.resolvedLanguage ?? instance.language;
  return isLanguage(resolved) ? resolved : FALLBACK_LANGUAGE;
}
