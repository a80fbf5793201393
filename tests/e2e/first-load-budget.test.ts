import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT } from '../../src/app/build/compile-hints';
import {
  buildBarePage,
  FIRST_LOAD_BUDGET,
  FIRST_LOAD_WITH_WORDS_BUDGET,
  firstLoad,
  screenLoad,
} from '../bench/first-load';

/** The first screen's own chunk plus the shared `ui`, `engine` and `data` chunks (vite.config.ts). */
const HOME_SCREEN_FILES = 4;

describe('first-load budget', () => {
  it(`loads at most ${FIRST_LOAD_BUDGET}× the JavaScript of a bare Vite + React page before the first screen`, async () => {
    const bareDir = mkdtempSync(join(tmpdir(), 'yibao-bare-'));
    try {
      await buildBarePage(bareDir);
      const bare = firstLoad(bareDir);
      const app = firstLoad('dist'); // built by global-setup.ts
      const ratio = app.js / bare.js;
      const withWords = (app.js + app.words) / bare.js;
      console.warn(
        `first-load JS (gzip): app ${app.js} B, bare page ${bare.js} B, ratio ${ratio.toFixed(3)} (budget ${FIRST_LOAD_BUDGET}); with one language's start-up words ${withWords.toFixed(3)} (budget ${FIRST_LOAD_WITH_WORDS_BUDGET})`,
      );
      expect(bare.js).toBeGreaterThan(30_000); // the bare page really holds React
      expect(app.js).toBeGreaterThan(bare.js); // the app's own scripts were all found
      expect(app.files.some((f) => f.endsWith('.css'))).toBe(false); // the stylesheet is inline
      expect(ratio).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
      expect(withWords).toBeLessThanOrEqual(FIRST_LOAD_WITH_WORDS_BUDGET);
      // Start-up translations are counted apart: one language's, a few KB.
      expect(app.words).toBeGreaterThan(1_000);
      expect(app.words).toBeLessThan(8_000);
    } finally {
      rmSync(bareDir, { recursive: true, force: true });
    }
  });
});

describe('compile hints', () => {
  it("open every chunk of the first load, and no screen's chunk", () => {
    const first = firstLoad('dist').files.filter((file) => file.startsWith('assets/'));
    expect(first.length).toBeGreaterThan(2);
    for (const file of first)
      expect(readFileSync(join('dist', file), 'utf8').startsWith(COMPILE_HINT)).toBe(true);
    for (const file of screenLoad('dist', 'timeline-route').files)
      expect(readFileSync(join('dist', file), 'utf8')).not.toContain(COMPILE_HINT);
  });
});

describe('the home screen', () => {
  it(`needs at most ${HOME_SCREEN_FILES} scripts beyond the first load, and no zod`, () => {
    const home = screenLoad('dist', 'timeline-route'); // built by global-setup.ts
    console.warn(
      `home screen: ${home.files.length} more scripts, ${home.js} B gzip (${home.files.join(', ')})`,
    );
    expect(home.files.length).toBeGreaterThan(1); // its imports were followed
    expect(home.files.length).toBeLessThanOrEqual(HOME_SCREEN_FILES);
    // zod's classes keep their names in the bundle; only forms and the backup worker load it.
    for (const file of home.files) expect(readFileSync(join('dist', file), 'utf8')).not.toContain('$ZodType');
  });
});
