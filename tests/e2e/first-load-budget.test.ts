import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBarePage, FIRST_LOAD_BUDGET, firstLoad } from '../bench/first-load';

describe('first-load budget', () => {
  it(`loads at most ${FIRST_LOAD_BUDGET}× the JavaScript of a bare Vite + React page before the first screen`, async () => {
    const bareDir = mkdtempSync(join(tmpdir(), 'yibao-bare-'));
    try {
      await buildBarePage(bareDir);
      const bare = firstLoad(bareDir);
      const app = firstLoad('dist'); // built by global-setup.ts
      const ratio = app.js / bare.js;
      console.warn(
        `first-load JS (gzip): app ${app.js} B, bare page ${bare.js} B, ratio ${ratio.toFixed(2)} (budget ${FIRST_LOAD_BUDGET})`,
      );
      expect(bare.js).toBeGreaterThan(30_000); // the bare page really holds React
      expect(app.js).toBeGreaterThan(bare.js); // the app's own scripts were all found
      expect(app.files.some((f) => f.endsWith('.css'))).toBe(false); // the stylesheet is inline
      expect(ratio).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
    } finally {
      rmSync(bareDir, { recursive: true, force: true });
    }
  });
});
