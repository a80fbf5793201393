import { SCREENS } from '@/app/screens';
import { GUIDES } from '@/domain/guides/guides';
import { HTML_LANG, LANGUAGES as APP_LANGUAGES } from '@/domain/settings/languages';

/**
 * Every screen of the app, from its screens table (src/app/screens.ts), and the first page of each screen
 * with pages of its own (the first guide).
 */
export const ROUTES: readonly string[] = [
  ...SCREENS.map((screen) => screen.path),
  ...SCREENS.filter((screen) => 'pages' in screen).map((screen) => `${screen.path}/${GUIDES[0]!.id}`),
];

/** The app's languages, with the `<html lang>` each sets. */
export const LANGUAGES = APP_LANGUAGES.map((lng) => ({ lng, htmlLang: HTML_LANG[lng] }));
