import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MENU_SCREENS } from '@/app/navigation';

/**
 * A tab's name is the title of the screen it opens, in every language (UX review: "Tareas" opened
 * "Pendientes", "Filings" opened "Treatment elsewhere"), so a reader always knows where a tap lands.
 */
const read = (language: string, namespace: string) =>
  JSON.parse(readFileSync(join(process.cwd(), 'locales', language, `${namespace}.json`), 'utf8')) as Record<
    string,
    unknown
  > & { title?: string; nav?: Record<string, string>; home?: { title: string } };

/** Where each screen's title lives: the home screen's in common, every other in its own namespace. */
const titleOf = (language: string, key: string) =>
  key === 'timeline' ? read(language, 'common').home!.title : read(language, key).title;

describe('tab names', () => {
  it.each(['zh', 'en', 'es'])(
    'in %s, every menu name equals the title of the screen it opens',
    (language) => {
      const nav = read(language, 'common').nav!;
      for (const screen of MENU_SCREENS)
        expect([screen.key, nav[screen.key]]).toEqual([screen.key, titleOf(language, screen.key)]);
    },
  );
});
