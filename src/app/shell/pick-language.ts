/**
 * Which language to show: `?lng=` in the address, then the saved choice, then the browser's languages
 * (the first of zh, en or es among them), else English.
 *
 * It must stay self-contained (no imports, no outside names): the build also inlines its source into
 * index.html, where it picks the language of the prerendered frame before the first paint.
 */
export function pickLanguage(
  search: string,
  stored: string | null,
  preferred: readonly string[],
): 'zh' | 'en' | 'es' {
  const supported = ['zh', 'en', 'es'];
  const candidates = [new URLSearchParams(search).get('lng'), stored, ...preferred];
  for (const candidate of candidates) {
    const language = (candidate ?? '').split('-')[0]!.toLowerCase();
    if (supported.includes(language)) return language as 'zh' | 'en' | 'es';
  }
  return 'en';
}
