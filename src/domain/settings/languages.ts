/** The app's languages, kept apart from the zod schemas so the app shell can start without zod. */
export const LANGUAGES = ['zh', 'en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** `<html lang>` for each language. */
export const HTML_LANG: Record<Language, string> = { zh: 'zh-CN', en: 'en', es: 'es' };
