/**
 * Text from a person or a file made safe for a plain-text format (the calendar file, the shared summary):
 * no control characters (a raw carriage return or a bell), no bidirectional overrides (which can make a
 * line read in another order than it is), no lone surrogates (half an emoji). Line breaks are kept where
 * the format has them (`multiline`) and become spaces elsewhere.
 */
// Matching control characters is the point here.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const BIDI_OVERRIDES = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
// In unicode mode a well-formed pair is one code point, so this matches only a lone half. (Not a
// lookbehind: WebKit before Safari 16.4, iOS 15 and early iOS 16, cannot even parse one, and the whole
// chunk holding it would fail to load.)
const LONE_SURROGATE = /[\uD800-\uDFFF]/gu;

export function plainText(text: string, { multiline = false }: { multiline?: boolean } = {}): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(BIDI_OVERRIDES, '')
    .replace(/\t/g, ' ')
    .replace(CONTROL, '');
  return multiline ? lines : lines.replace(/\n+/g, ' ').trim();
}
