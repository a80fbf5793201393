import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './source-files';

/**
 * The build transpiles the syntax it targets, but never a regular expression: one that WebKit cannot parse
 * fails the whole chunk that holds it, and the screen with it ("could not be loaded"). A lookbehind
 * (`(?<=`, `(?<!`) parses only from Safari 16.4; iPhones on iOS 15 and early iOS 16 (every iPhone 7 and
 * older) run WebKit before that. The layout test in WPE WebKit 2.38 found one in the to-do's chunk.
 */

describe('code that older iPhones can parse', () => {
  it('uses no regular-expression lookbehind in the app', () => {
    const found = sourceFiles(join(process.cwd(), 'src')).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({ file, line: index + 1, text: line }))
        .filter(({ text }) => /\(\?<[=!]/.test(text))
        .map(({ file: f, line }) => `${f.slice(process.cwd().length + 1)}:${line}`),
    );
    expect(found).toEqual([]);
  });
});
