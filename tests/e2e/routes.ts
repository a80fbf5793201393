/** Every route of ../shared/UI-CONTRACT.md (plus /more and a guide sub-route). */
export const ROUTES = [
  '/',
  '/profile',
  '/card',
  '/clinic',
  '/filings',
  '/shanghai',
  '/family',
  '/checklist',
  '/guides',
  '/guides/card',
  '/settings',
  '/more',
] as const;

export const LANGUAGES = [
  { lng: 'zh', htmlLang: 'zh-CN' },
  { lng: 'en', htmlLang: 'en' },
  { lng: 'es', htmlLang: 'es' },
] as const;
