/**
 * Which language to show: `?lng=` in the address, then the saved choice, then the browser's languages
 * (the first of the app's languages among them), else the fallback.
 *
 * It must stay self-contained (no imports, no outside names): the build also inlines its source into
 * index.html, where it picks the language of the prerendered frame before the first paint. So the app's
 * languages come in as an argument (`LANGUAGES` of src/domain/settings/languages.ts, the one list).
 */
export function pickLanguage<L extends string>(
  search: string,
  stored: string | null,
  preferred: readonly string[],
  supported: readonly L[],
  fallback: L,
): L {
  const candidates = [new URLSearchParams(search).get('lng'), stored, ...preferred];
  for (const candidate of candidates) {
    const language = (candidate ?? '').split('-')[0]!.toLowerCase();
    if ((supported as readonly string[]).includes(language)) return language as L;
  }
  return fallback;
}
