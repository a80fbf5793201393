import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainText } from './text';

describe('plainText', () => {
  it('drops control characters and bidi overrides, and mends half an emoji', () => {
    expect(plainText('Li\u0007 Ming\u202E')).toBe('Li Ming');
    expect(plainText('a\r\nb\rc')).toBe('a b c');
    expect(plainText('a\r\nb', { multiline: true })).toBe('a\nb');
    expect(plainText('x\uD83D')).toBe('x\uFFFD');
    expect(plainText('李明 😀 José')).toBe('李明 😀 José');
  });

  it('never leaves a control character, override or lone surrogate in any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const out = plainText(text);
        // eslint-disable-next-line no-control-regex -- looking for control characters
        expect(out).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
        expect(out.isWellFormed()).toBe(true);
      }),
    );
  });
});
