/** The app's languages, kept apart from the zod schemas so the app shell can start without zod. */
export const LANGUAGES = ['zh', 'en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The language shown when none of the reader's is one of the app's. */
export const FALLBACK_LANGUAGE: Language = 'en';

/** `<html lang>` for each language. */
export const HTML_LANG: Record<Language, string> = { zh: 'zh-CN', en: 'en', es: 'es' };
