import { describe, expect, it } from 'vitest';
import { FALLBACK_LANGUAGE, LANGUAGES } from '@/domain/settings/languages';
import { pickLanguage } from './pick-language';

describe('picking the language', () => {
  it('takes ?lng=, then the saved choice, then the browser’s languages, else the fallback', () => {
    expect(pickLanguage('?lng=es', 'zh', ['en-US'], LANGUAGES, FALLBACK_LANGUAGE)).toBe('es');
    expect(pickLanguage('', 'zh', ['en-US'], LANGUAGES, FALLBACK_LANGUAGE)).toBe('zh');
    // qaa–qtz are reserved for local use (ISO 639-2): a language the app will never have.
    expect(pickLanguage('', null, ['qaa-XX', 'es-MX'], LANGUAGES, FALLBACK_LANGUAGE)).toBe('es');
    expect(pickLanguage('?lng=qab', 'qac', ['qaa-XX'], LANGUAGES, FALLBACK_LANGUAGE)).toBe(FALLBACK_LANGUAGE);
  });

  it('knows only the languages it is given: a fourth one needs no change here (one list, languages.ts)', () => {
    const withFourth = [...LANGUAGES, 'qaa'] as const;
    expect(pickLanguage('', null, ['qaa-XX'], withFourth, FALLBACK_LANGUAGE)).toBe('qaa');
    expect(pickLanguage('', null, ['qaa-XX'], LANGUAGES, FALLBACK_LANGUAGE)).toBe(FALLBACK_LANGUAGE);
  });

  it('stays self-contained, as the inline script needs (no outside names in its source)', () => {
    const source = String(pickLanguage);
    for (const outside of ['LANGUAGES', 'FALLBACK_LANGUAGE', 'import', 'require'])
      expect(source).not.toContain(outside);
  });
});
