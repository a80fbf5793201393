import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openRoute, openScreen, sessionPerTest, waitForServiceWorkerControl } from './browser';
import { startNginx, type NginxServer } from './nginx';
import { ROUTES } from './routes';

const newSession = sessionPerTest();

/** The security headers every response must carry, as `vite preview` sends them (one source). */
const SECURITY = [
  'content-security-policy',
  'x-content-type-options',
  'referrer-policy',
  'permissions-policy',
];

describe('the app behind Debian’s nginx with deploy/nginx.conf', () => {
  let nginx: NginxServer;
  beforeAll(async () => {
    nginx = await startNginx();
  });
  afterAll(async () => {
    await nginx?.stop();
  });

  const asset = () => `/assets/${readdirSync('dist/assets').find((f) => /^index-[\w-]+\.js$/.test(f))!}`;

  it('sends the same security headers as vite preview on the page, a deep link, an asset and sw.js', async () => {
    const preview = await fetch(`${inject('baseURL')}/`);
    for (const path of ['/', '/clinic', '/guides/card', asset(), '/sw.js', '/manifest.webmanifest']) {
      const response = await fetch(`${nginx.url}${path}`);
      expect(response.status, path).toBe(200);
      for (const name of SECURITY) {
        expect(response.headers.get(name), `${name} on ${path}`).toBe(preview.headers.get(name));
      }
    }
    const headers = (await fetch(`${nginx.url}/`)).headers;
    expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(headers.get('content-security-policy')).toMatch(/script-src 'self' 'sha256-[\w+/=]+'/);
    expect(headers.get('referrer-policy')).toBe('no-referrer');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('permissions-policy')).toContain('camera=()');
  });

  it('caches hashed assets for a year and makes the page, sw.js and the manifest check every time', async () => {
    for (const path of ['/', '/index.html', '/clinic', '/sw.js', '/manifest.webmanifest']) {
      expect((await fetch(`${nginx.url}${path}`)).headers.get('cache-control'), path).toBe('no-cache');
    }
    const hashed = await fetch(`${nginx.url}${asset()}`);
    expect(hashed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const manifest = await fetch(`${nginx.url}/manifest.webmanifest`);
    expect(manifest.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
  });

  it('answers every app route with the app, and a missing file with a real 404', async () => {
    const page = readFileSync('dist/index.html', 'utf8');
    for (const route of ROUTES) {
      const response = await fetch(`${nginx.url}${route}`);
      expect(response.status, route).toBe(200);
      expect(await response.text(), route).toBe(page);
    }
    for (const path of [
      '/assets/no-such-file.js',
      '/no-such-icon.png',
      '/_headers',
      '/_nginx/headers.conf',
    ]) {
      const response = await fetch(`${nginx.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('<div id="root"');
      expect(response.headers.get('cache-control') ?? '', path).not.toContain('immutable');
    }
  });

  it('compresses text with gzip', async () => {
    const response = await fetch(`${nginx.url}${asset()}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    const page = await fetch(`${nginx.url}/`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(page.headers.get('content-encoding')).toBe('gzip');
  });

  it('works in Chromium through nginx: first visit, then every route offline after a reload', async () => {
    const { page, context } = await newSession({ baseURL: nginx.url });
    await openRoute(page, '/?lng=en');
    await waitForServiceWorkerControl(page);
    await context.setOffline(true);
    for (const route of ROUTES) await openScreen(page, route);
    await page.reload();
    await page.locator('main h1').first().waitFor();
  });

  it('offers a new version of the service worker when the server has one, and updates on request', async () => {
    const { page } = await newSession({ baseURL: nginx.url });
    await openRoute(page, '/?lng=en');
    await waitForServiceWorkerControl(page);
    const before = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
    // A new release: the same files, a changed service worker.
    appendFileSync(join(nginx.root, 'sw.js'), '\n// a new release\n');
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const prompt = page.getByRole('region', { name: 'A new version of the app is ready' });
    await prompt.waitFor({ timeout: 30_000 });
    await Promise.all([
      page.waitForEvent('load'),
      prompt.getByRole('button', { name: 'Reload and update' }).click(),
    ]);
    await page.locator('main h1').first().waitFor();
    const after = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return {
        waiting: registration?.waiting !== null,
        controller: navigator.serviceWorker.controller?.scriptURL,
      };
    });
    expect(after.controller).toBe(before);
    expect(after.waiting).toBe(false);
  });
});
