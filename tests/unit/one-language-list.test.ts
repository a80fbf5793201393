import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './source-files';
import { HTML_LANG, LANGUAGES } from '@/domain/settings/languages';

/**
 * Adding a language is one list (src/domain/settings/languages.ts) plus its locale files (issue 19): no
 * other code names the app's languages. A code may still stand for one language's own ways where that is
 * the point, each allowed here by file and reason.
 */
const ALLOWED: Record<string, readonly string[]> = {
  // the language the frame is prerendered in before the inline script patches it to the reader's
  'src/app/shell/shell-plugin.ts': ["BASE_LANGUAGE: Language = 'zh'"],
  // the bank form's official Chinese answers are Chinese whatever the reader's language
  'src/features/checklist/components/form-answers.tsx': ["'zh-CN'", 'lang="zh-CN"'],
  // a YYYY-MM-DD date from Intl (the Canadian English format), not a language of the app
  'src/domain/dates/iso-date.ts': ["'en-CA'"],
};

describe('one language list', () => {
  it('no source file but languages.ts names a language of the app, beyond the reasons allowed', () => {
    const root = process.cwd();
    const named = new RegExp(`['"\`](${LANGUAGES.join('|')})(-[A-Za-z]+)?['"\`]`, 'g');
    const found: string[] = [];
    for (const file of sourceFiles(join(root, 'src'))) {
      const path = relative(root, file).replaceAll('\\', '/');
      if (path === 'src/domain/settings/languages.ts') continue;
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (line.trimStart().startsWith('//') || line.trimStart().startsWith('*')) continue;
        for (const match of line.matchAll(named)) {
          if (ALLOWED[path]?.some((allowed) => line.includes(allowed))) continue;
          found.push(`${path}: ${match[0]}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('the start-up messages show in every language of the app (a rule of start-up.css each)', () => {
    // Shown by the page's language, before the app (and its translations) started: CSS only.
    const css = readFileSync(join(process.cwd(), 'src/app/shell/start-up.css'), 'utf8');
    for (const lang of Object.values(HTML_LANG)) {
      expect(css).toContain(`html[lang='${lang}'].shell-fallback .boot-message__changed[lang='${lang}']`);
      expect(css).toContain(`html[lang='${lang}'].boot-failed .boot-message__failed[lang='${lang}']`);
    }
  });
});
