import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { optionalText, requiredText } from './schema';

const name = requiredText(60);
const note = z.object({ note: optionalText(500, { multiline: true }) });

/** What security review F10 typed into names: control, bidi, invisible characters, and half an emoji. */
const REFUSED = [
  '\u0000',
  '\u0007',
  '\u001B',
  '\u007F',
  '\u0085',
  '\u2028',
  '\u2029',
  '\u202A',
  '\u202E',
  '\u2066',
  '\u2069',
  '\u200E',
  '\uFEFF',
  '\uD83D',
  '\uDE00',
];

describe('texts a person types or a file holds', () => {
  it('accepts names in every script the users write, with spaces, dots and hyphens', () => {
    for (const value of [
      '李明',
      'José Müller',
      'María-José O’Neil',
      'Wang F.',
      'Nguyễn Văn A',
      '陈 小明 😀',
      'محمد',
    ])
      expect(name.safeParse(value)).toMatchObject({ success: true, data: value });
  });

  it('refuses a control, bidi, invisible or half character anywhere in a name, with its own message', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 10 }),
        fc.constantFrom(...REFUSED),
        fc.string({ maxLength: 10 }),
        (a, bad, b) => {
          const result = name.safeParse(`Li${a}${bad}${b}Ming`);
          expect(result.success).toBe(false);
          if (!result.success)
            expect(result.error.issues.map((i) => i.message)).toContain('validation:unsafeCharacters');
        },
      ),
    );
  });

  it('refuses a name with nothing to see (only a zero-width space)', () => {
    const result = name.safeParse('\u200B');
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.message).toBe('validation:noLetters');
  });

  it('lets notes keep line breaks and tabs, and nothing else of that kind', () => {
    expect(note.safeParse({ note: 'first line\nsecond\tindented' })).toMatchObject({ success: true });
    for (const bad of ['a\rb', 'a\u0000b', 'a\u202Eb', 'a\u2028b'])
      expect(note.safeParse({ note: bad }).success).toBe(false);
  });

  it('bounds every text’s length', () => {
    expect(name.safeParse('x'.repeat(60)).success).toBe(true);
    expect(name.safeParse('x'.repeat(61)).success).toBe(false);
  });
});
