import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@/domain/settings/languages';
import { formatCalendarDate } from './date-format';

// UX review 3, L10
describe('one date format per language', () => {
  it('writes the day before the month in English and Spanish, never the US order', () => {
    expect(formatCalendarDate('2026-12-07', 'en')).toBe('7 Dec 2026');
    expect(formatCalendarDate('2026-12-22', 'en')).toBe('22 Dec 2026');
    expect(formatCalendarDate('2026-12-07', 'es')).toBe('7 dic 2026');
    expect(formatCalendarDate('2026-12-07', 'zh')).toBe('2026年12月7日');
  });

  it('gives every date of a language the same shape: day, month, year, in that order', () => {
    const shape: Record<(typeof LANGUAGES)[number], RegExp> = {
      en: /^\d{1,2} \p{L}{3,4} \d{4}$/u,
      es: /^\d{1,2} \p{L}{3,4} \d{4}$/u,
      zh: /^\d{4}年\d{1,2}月\d{1,2}日$/u,
    };
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          for (const language of LANGUAGES)
            expect(formatCalendarDate(iso, language)).toMatch(shape[language]);
        },
      ),
    );
  });
});
