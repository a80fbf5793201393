import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACTS } from '../sources/sources';
import { GUIDES } from './guides';

type Tree = { [key: string]: string | Tree };
const guidesIn = (language: string) =>
  (JSON.parse(readFileSync(join(process.cwd(), 'locales', language, 'guides.json'), 'utf8')) as Tree)
    .guides as Record<string, Tree>;

describe('the guides', () => {
  it('are the eight procedures of the seeds, each once', () => {
    expect(GUIDES.map((g) => g.id)).toEqual([...new Set(GUIDES.map((g) => g.id))]);
    expect(GUIDES).toHaveLength(9);
  });

  it.each(GUIDES.map((g) => [g.id, g] as const))(
    '%s rests on known facts and points to a screen of the app',
    (_id, guide) => {
      expect(guide.factIds.length).toBeGreaterThan(0);
      for (const id of guide.factIds) expect(FACTS[id], id).toBeDefined();
      if (guide.screen) expect(guide.screen).toMatch(/^\/[a-z]+$/);
    },
  );

  it.each(['en', 'zh', 'es'])(
    'in %s, every guide has exactly the steps and notes it says, and a title',
    (language) => {
      const texts = guidesIn(language);
      for (const guide of GUIDES) {
        const text = texts[guide.id]!;
        expect(typeof text.title, `${guide.id}.title`).toBe('string');
        const count = (part: 'steps' | 'notes') => Object.keys((text[part] as Tree | undefined) ?? {}).length;
        expect(count('steps'), `${guide.id} steps`).toBe(guide.steps);
        expect(count('notes'), `${guide.id} notes`).toBe(guide.notes);
      }
    },
  );
});
