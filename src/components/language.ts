import type { i18n as I18n } from 'i18next';
import { LANGUAGES, type Language } from '@/domain/settings/languages';

/** The language an i18next instance is showing, as zh, en or es. */
export function currentLanguageOf(instance: I18n): Language {
  const resolved = instance.resolvedLanguage ?? instance.language;
  return (LANGUAGES as readonly string[]).includes(resolved) ? (resolved as Language) : 'en';
}
