/** The app's languages, kept apart from the zod schemas so the app shell can start without zod. */
export const LANGUAGES = ['zh', 'en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The language shown when none of the reader's is one of the app's. */
export const FALLBACK_LANGUAGE: Language = 'en';

/**
 * Whether a Chinese place name in a sentence also gets its pinyin: a reader of Chinese reads the name as it
 * is; a reader of a language in another script gets the pinyin to say and search it. Each language answers
 * for itself (a fourth language is not taken for English).
 */
export const PLACE_NAME_WITH_PINYIN: Record<Language, boolean> = { zh: false, en: true, es: true };

/** `<html lang>` for each language. */
export const HTML_LANG: Record<Language, string> = { zh: 'zh-CN', en: 'en', es: 'es' };

/**
 * The locale each language writes its dates in: one format per language (UX review 3, L10), with the day
 * before the month in English ("7 Dec 2026", never the US order).
 */
export const DATE_LOCALE: Record<Language, string> = { zh: 'zh-CN', en: 'en-GB', es: 'es' };
