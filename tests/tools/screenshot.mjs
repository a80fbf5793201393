// npm run screenshot: builds the app, serves it, and writes the README's picture (docs/screenshot.png):
// the People screen on a 390 px phone, in English, in Debian's Chromium.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build, createServer, preview } from 'vite';

const tools = await createServer({
  server: { middlewareMode: true, hmr: false, ws: false },
  appType: 'custom',
  logLevel: 'error',
  optimizeDeps: { noDiscovery: true, include: [] },
});
const { chromiumPath, CHROMIUM_ARGS } = await tools.ssrLoadModule('/tests/e2e/chromium.ts');
await tools.close();

process.env.NODE_ENV = 'production';
await build({ logLevel: 'warn', mode: 'production' });
const server = await preview({ logLevel: 'warn', preview: { port: 4321, strictPort: false } });
const profile = mkdtempSync(join(tmpdir(), 'yibao-screenshot-'));
try {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
    locale: 'en-US',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 390, height: 844 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${server.resolvedUrls.local[0].replace(/\/$/, '')}/profile?lng=en`);
  await page.waitForFunction(() => document.title.startsWith('People · '));
  mkdirSync('docs', { recursive: true });
  await page.screenshot({ path: 'docs/screenshot.png' });
  await context.close();
  process.stdout.write('Wrote docs/screenshot.png\n');
} finally {
  rmSync(profile, { recursive: true, force: true });
  await server.close();
}
