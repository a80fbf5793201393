import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { fieldErrorsFromIssues } from './issues';
import { requiredText } from './schema';
import { plainText } from './text';

describe('plain text for the calendar file and the shared summary', () => {
  it('drops control characters and bidi controls, turns tabs into spaces and keeps the rest', () => {
    expect(plainText('Li\u0007 Ming\u202E\u2066\u200F\u061C\u0000\u007F\u0085')).toBe('Li Ming');
    expect(plainText('a\tb')).toBe('a b');
    expect(plainText('李明 😀')).toBe('李明 😀');
  });

  it('replaces half an emoji, either half, with the replacement character', () => {
    expect(plainText('x\uD83D')).toBe('x\uFFFD');
    expect(plainText('\uDE00x')).toBe('\uFFFDx');
    expect(plainText('\uDE00\uD83D')).toBe('\uFFFD\uFFFD');
  });

  it('leaves no lone half of a pair in any text, and keeps every whole pair', () => {
    const lone = (text: string) =>
      [...text].some(
        (char) => char.length === 1 && char.charCodeAt(0) >= 0xd800 && char.charCodeAt(0) <= 0xdfff,
      );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const out = plainText(text, { multiline: true });
        expect(lone(out)).toBe(false);
        // Every well-formed astral character (an emoji) survives.
        for (const char of text) if (char.length === 2) expect(out).toContain(char);
      }),
    );
  });

  it('joins lines with one space and trims, unless the format keeps lines (then CR and CRLF become LF)', () => {
    expect(plainText('  one\r\ntwo\rthree\n\nfour  ')).toBe('one two three four');
    expect(plainText('one\r\ntwo\rthree', { multiline: true })).toBe('one\ntwo\nthree');
  });
});

describe('a message per field from the schema’s issues', () => {
  const schema = z.object({
    name: requiredText(5),
    kind: z.enum(['a', 'b']),
    count: z.number(),
    code: z.string().check(z.regex(/^x$/)),
  });
  const errors = (value: unknown) => {
    const result = schema.safeParse(value);
    return result.success ? {} : fieldErrorsFromIssues(result.error.issues);
  };

  it('uses the schema’s own translation keys, with the maximum for a length', () => {
    expect(errors({ name: '', kind: 'a', count: 1, code: 'x' })).toEqual({
      name: { key: 'validation:required' },
    });
    expect(errors({ name: 'toolong', kind: 'a', count: 1, code: 'x' })).toEqual({
      name: { key: 'validation:tooLong', values: { max: 5 } },
    });
  });

  it('falls back to a key by the kind of problem for zod’s own messages, one message per field', () => {
    expect(errors({ name: 'Li', kind: 'c', count: 'x', code: 'y' })).toEqual({
      kind: { key: 'validation:choose' },
      count: { key: 'validation:required' },
      code: { key: 'validation:invalid' },
    });
  });

  it('puts problems of the whole record under _form', () => {
    const whole = z
      .object({ a: z.string() })
      .check(z.refine(() => false, { error: 'validation:endBeforeStart' }));
    const result = whole.safeParse({ a: 'x' });
    expect(result.success ? {} : fieldErrorsFromIssues(result.error.issues)).toEqual({
      _form: { key: 'validation:endBeforeStart' },
    });
  });
});
