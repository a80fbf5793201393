import { describe, expect, it } from 'vitest';
import { FALLBACK_LANGUAGE, LANGUAGES } from '@/domain/settings/languages';
import { pickLanguage } from './pick-language';

describe('picking the language', () => {
  it('takes ?lng=, then the saved choice, then the browser’s languages, else the fallback', () => {
    expect(pickLanguage('?lng=es', 'zh', ['en-US'], LANGUAGES, FALLBACK_LANGUAGE)).toBe('es');
    expect(pickLanguage('', 'zh', ['en-US'], LANGUAGES, FALLBACK_LANGUAGE)).toBe('zh');
    expect(pickLanguage('', null, ['fr-FR', 'es-MX'], LANGUAGES, FALLBACK_LANGUAGE)).toBe('es');
    expect(pickLanguage('?lng=xx', 'de', ['fr-FR'], LANGUAGES, FALLBACK_LANGUAGE)).toBe('en');
  });

  it('knows only the languages it is given: a fourth one needs no change here (one list, languages.ts)', () => {
    const withFrench = [...LANGUAGES, 'fr'] as const;
    expect(pickLanguage('', null, ['fr-FR'], withFrench, FALLBACK_LANGUAGE)).toBe('fr');
    expect(pickLanguage('', null, ['fr-FR'], LANGUAGES, FALLBACK_LANGUAGE)).toBe('en');
  });

  it('stays self-contained, as the inline script needs (no outside names in its source)', () => {
    const source = String(pickLanguage);
    for (const outside of ['LANGUAGES', 'FALLBACK_LANGUAGE', 'import', 'require'])
      expect(source).not.toContain(outside);
  });
});
