import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { openRoute, openSession, sharedSession } from './browser';
import { LANGUAGES, ROUTES } from './routes';

const NAMESPACES = readdirSync(join(process.cwd(), 'locales/en')).map((file) => file.replace(/\.json$/, ''));
/** Raw i18next keys look like `ns:some.key`, for any namespace of locales/en; a leaked placeholder, {{name}}. */
const RAW_KEY = new RegExp(`\\b(${NAMESPACES.join('|')}):[a-z][\\w.]+`);

describe('every route in every language', () => {
  const session = sharedSession();

  for (const { lng, htmlLang } of LANGUAGES) {
    it(`renders all routes in ${lng}, with <html lang="${htmlLang}">, one <main> and no raw key`, async () => {
      const { page } = session();
      for (const route of ROUTES) {
        await openRoute(page, `${route}?lng=${lng}`);
        expect(await page.evaluate(() => document.documentElement.lang), route).toBe(htmlLang);
        expect(await page.locator('main').count(), route).toBe(1);
        const text = await page.locator('body').innerText();
        expect(text, route).not.toMatch(RAW_KEY);
        expect(text, route).not.toContain('{{');
        expect(await page.title(), route).not.toBe('');
      }
    });
  }

  it('remembers the language chosen by ?lng= on later visits', async () => {
    const { page } = session();
    await openRoute(page, '/settings?lng=es');
    expect(new URL(page.url()).search).toBe('');
    await openRoute(page, '/card');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toContain('Tarjeta');
    await openRoute(page, '/?lng=en');
  });

  it('changes language from /settings and keeps it after a reload', async () => {
    const { page } = session();
    await openRoute(page, '/settings?lng=en');
    await page.getByLabel('Language', { exact: true }).selectOption('zh');
    await page.getByRole('heading', { level: 1, name: '设置' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: '设置' }).waitFor();
    await openRoute(page, '/?lng=en');
  });

  it('moves between screens in the page, marks the current one, and follows Back and Forward', async () => {
    const { page } = session();
    await openRoute(page, '/?lng=en');
    // A mark on this document: it survives only if no link below loads a new page.
    await page.evaluate(() => Object.assign(window, { samePage: true }));
    const samePage = () => page.evaluate(() => 'samePage' in window);
    const nav = page.getByRole('navigation');
    const current = () => nav.locator('a[aria-current="page"]:visible').textContent();
    const path = () => new URL(page.url()).pathname;

    await nav.getByRole('link', { name: 'Card' }).click();
    await page.getByRole('heading', { level: 1, name: 'Card', exact: true }).waitFor();
    expect(path()).toBe('/card');
    expect(await current()).toBe('Card');
    // The new screen's heading takes focus, so screen-reader users hear where they are. It does so in
    // the frame after the screen is shown (PageHeader), which start-up work left for later can delay.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    await nav.getByRole('link', { name: 'More' }).click();
    await page.getByRole('link', { name: 'Guides' }).click();
    await page.getByRole('heading', { level: 1, name: 'Guides', exact: true }).waitFor();
    expect(await current()).toBe('More');
    await page.getByRole('link', { name: /^The receipt code and the social-security card/ }).click();
    await expect.poll(path).toBe('/guides/card');

    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Guides', exact: true }).waitFor();
    expect(path()).toBe('/guides');
    await page.goBack();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Card', exact: true }).waitFor();
    expect(await current()).toBe('Card');
    await page.goForward();
    await page.goForward();
    await page.getByRole('heading', { level: 1, name: 'Guides', exact: true }).waitFor();
    await page.goForward();
    await expect.poll(path).toBe('/guides/card');
    expect(await samePage()).toBe(true);
  });

  it('shows a not-found screen for an unknown address', async () => {
    const { page } = session();
    await openRoute(page, '/no-such-screen?lng=en');
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  });
});

describe('accessibility', () => {
  const session = sharedSession();

  it('axe finds no serious or critical violation on any route', async () => {
    const { page } = session();
    const problems: string[] = [];
    for (const lng of ['en', 'zh']) {
      for (const route of ROUTES) {
        await openRoute(page, `${route}?lng=${lng}`);
        const results = await new AxeBuilder({ page }).analyze();
        for (const violation of results.violations) {
          if (violation.impact === 'serious' || violation.impact === 'critical') {
            problems.push(
              `${lng} ${route}: ${violation.id} (${violation.nodes.map((n) => n.target.join(' ')).join(', ')})`,
            );
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('axe finds nothing serious on the profile form showing errors', async () => {
    const { page } = session();
    await openRoute(page, '/profile?lng=en');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('[aria-invalid="true"]').first().waitFor();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
});

describe('privacy and security', () => {
  it('sends no request to another origin while using the app', async () => {
    const session = await openSession();
    try {
      for (const route of ROUTES) await openRoute(session.page, `${route}?lng=zh`);
      const origin = new URL(session.baseURL).origin;
      const foreign = session.requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'));
      expect(session.requests.length).toBeGreaterThan(10);
      expect(foreign).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('serves a strict Content-Security-Policy header and meta tag: inline code only by its hash', async () => {
    const session = await openSession();
    try {
      const response = await session.page.goto('/');
      const header = response!.headers()['content-security-policy'] ?? '';
      expect(header).toContain("default-src 'self'");
      expect(header).toContain("object-src 'none'");
      expect(header).toContain("frame-ancestors 'none'");
      expect(header).not.toContain('unsafe-inline');
      expect(header).not.toContain('unsafe-eval');
      const meta = (await session.page
        .locator('meta[http-equiv="Content-Security-Policy"]')
        .getAttribute('content'))!;
      expect(meta).not.toContain('unsafe-inline');
      expect(header.startsWith(meta)).toBe(true);
      // The prerendered shell has exactly one inline script and one inline style, each allowed by its hash.
      const inline = await session.page.evaluate(() => ({
        scripts: [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? ''),
        styles: [...document.querySelectorAll('style')].map((s) => s.textContent ?? ''),
      }));
      expect(inline.scripts).toHaveLength(1);
      expect(inline.styles).toHaveLength(1);
      const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
      const directive = (name: string) => header.split('; ').find((d) => d.startsWith(`${name} `))!;
      expect(directive('script-src')).toBe(`script-src 'self' ${hash(inline.scripts[0]!)}`);
      expect(directive('style-src')).toBe(`style-src 'self' ${hash(inline.styles[0]!)}`);
    } finally {
      await session.close();
    }
  });

  it.each([
    ['en', '/card', 'Card', 'Skip to content'],
    ['es', '/guides', 'Más', 'Saltar al contenido'],
    ['zh', '/checklist', '更多', '跳到主要内容'],
  ] as const)(
    'paints the frame before any script file loads, in %s, with the link for %s marked',
    async (language, path, current, skip) => {
      const session = await openSession({ locale: language === 'zh' ? 'zh-CN' : language });
      try {
        // Only the HTML and its inline code: every script file is refused.
        await session.page.route(/\.js$/, (route) => route.abort());
        await session.page.goto(path);
        const page = session.page;
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(
          language === 'zh' ? 'zh-CN' : language,
        );
        await expect.poll(() => page.locator('.skip-link').textContent()).toBe(skip);
        const marked = page.locator('nav a[aria-current="page"]:visible');
        expect(await marked.count()).toBe(1);
        expect(await marked.textContent()).toBe(current);
        expect(await page.locator('main .skeleton').isVisible()).toBe(true);
        expect(await page.locator('.app-header').isVisible()).toBe(true);
      } finally {
        await session.close();
      }
    },
  );

  it('welcomes a first visit to the home screen before any script file loads', async () => {
    const session = await openSession({ locale: 'zh-CN' });
    try {
      await session.page.route(/\.js$/, (route) => route.abort());
      await session.page.goto('/');
      const page = session.page;
      await page.getByRole('heading', { level: 1, name: '待办' }).waitFor();
      await page.getByRole('heading', { level: 2, name: '从这里开始：三个问题' }).waitFor();
      expect(await page.getByRole('link', { name: '开始' }).getAttribute('href')).toBe('/start');
      expect(await page.locator('main .skeleton').count()).toBe(0);
      expect(await page.locator('#first-visit').count()).toBe(0);
      expect(await page.locator('nav a[aria-current="page"]:visible').textContent()).toBe('待办');
    } finally {
      await session.close();
    }
  });

  it('shows a returning phone the skeleton, not the welcome, until its own data is read', async () => {
    const session = await openSession();
    try {
      await session.page.addInitScript(() => localStorage.setItem('yibao.people', '1'));
      await session.page.route(/\.js$/, (route) => route.abort());
      await session.page.goto('/?lng=en');
      expect(await session.page.locator('main .skeleton').isVisible()).toBe(true);
      expect(await session.page.getByRole('heading', { name: 'Start here: three questions' }).count()).toBe(
        0,
      );
    } finally {
      await session.close();
    }
  });

  it('never shows a half-parsed frame: it appears once the inline script has prepared it', async () => {
    const session = await openSession();
    try {
      const { page } = session;
      const html = await (await page.request.get('/')).text();
      // The page cut off inside the navigation, as a browser may paint it while the rest is on its way:
      // shown, it would be in the build's language with part of the links, and then move.
      const cut = html.slice(0, html.indexOf('</li>', html.indexOf('<nav')) + '</li>'.length);
      await page.route('**/half-parsed', (route) => route.fulfill({ contentType: 'text/html', body: cut }));
      await page.goto('/half-parsed');
      expect(await page.locator('.app-header').count()).toBe(1);
      expect(await page.locator('#root').isVisible()).toBe(false);

      await page.unroute('**/half-parsed');
      await page.route(/\.js$/, (route) => route.abort()); // the inline script alone shows it
      await page.goto('/?lng=en');
      expect(await page.locator('#root').isVisible()).toBe(true);
      expect(await page.locator('nav a[aria-current="page"]:visible').textContent()).toBe('To-do');
    } finally {
      await session.close();
    }
    const withoutScripts = await openSession({ javaScriptEnabled: false });
    try {
      await withoutScripts.page.goto('/');
      expect(await withoutScripts.page.locator('#root').isVisible()).toBe(true);
      // Without scripts, the page says so, in each of its languages.
      const noScript = withoutScripts.page.locator('.boot-message__no-script:visible');
      expect(await noScript.count()).toBe(LANGUAGES.length);
      expect(await withoutScripts.page.locator('.boot-message__no-script[lang="en"]').textContent()).toMatch(
        /needs JavaScript/,
      );
    } finally {
      await withoutScripts.close();
    }
  });

  it('says so when the app cannot start, in the reader’s language, with a link that tries again', async () => {
    const session = await openSession({ locale: 'zh-CN' });
    try {
      const { page } = session;
      // The app's code does not arrive (a broken connection on a first visit).
      await page.route(/\/assets\/index-[\w-]+\.js$/, (route) => route.abort());
      await page.goto('/card');
      const message = page.locator('.boot-message p:visible');
      await message.waitFor();
      expect(await message.count()).toBe(1);
      expect(await message.getAttribute('lang')).toBe('zh-CN');
      expect(await message.textContent()).toContain('医保随行无法在本机启动');
      expect(await page.locator('.app-header').isVisible()).toBe(true);

      await page.unroute(/\/assets\/index-[\w-]+\.js$/);
      await Promise.all([page.waitForEvent('load'), message.getByRole('link', { name: '重试' }).click()]);
      await page.waitForFunction(() => document.title.startsWith('社保卡'));
      expect(await page.locator('.boot-message').isVisible()).toBe(false);
    } finally {
      await session.close();
    }
  });

  it('is never blank when a host changed the page: the frame shows, says so, and the app still starts', async () => {
    const session = await openSession({ locale: 'es-ES' });
    try {
      const { page } = session;
      const refused: string[] = [];
      await page.exposeFunction('reportRefused', (directive: string) => refused.push(directive));
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (event) =>
          (window as unknown as { reportRefused: (d: string) => void }).reportRefused(
            event.effectiveDirective,
          ),
        ),
      );
      // A host that rewrites the HTML on its way (here: one character of the inline script), keeping the
      // app's own headers: the script's hash no longer matches the policy, and the browser refuses it.
      await page.route(
        (url) => url.pathname === '/',
        async (route) => {
          const response = await route.fetch();
          const body = (await response.text()).replace('<script>(function(){', '<script>(function (){');
          await route.fulfill({ response, body });
        },
      );
      await page.goto('/');
      expect(refused).toContain('script-src-elem');
      await page.locator('#root').waitFor({ state: 'visible' });
      expect(await page.evaluate(() => document.documentElement.classList.contains('shell-fallback'))).toBe(
        true,
      );
      // The app starts all the same, in the reader's language, and the message goes away.
      await page.getByRole('heading', { level: 1, name: 'Pendientes' }).waitFor();
      await page.waitForFunction(() => document.title.startsWith('Pendientes · '));
      expect(await page.locator('.boot-message').isVisible()).toBe(false);

      // While the app's code is on its way, the frame says why it starts another way, in the reader's language.
      let letThrough!: () => void;
      const gate = new Promise<void>((resolve) => (letThrough = resolve));
      const entry = /\/assets\/index-[\w-]+\.js$/;
      await page.route(entry, async (route) => {
        await gate;
        await route.continue();
      });
      await page.goto('/', { waitUntil: 'domcontentloaded' }); // the page's load waits for the held code
      const changed = page.locator('.boot-message p:visible');
      await changed.waitFor();
      expect(await changed.count()).toBe(1);
      expect(await changed.getAttribute('lang')).toBe('es');
      expect(await changed.textContent()).toMatch(/se modificó en el camino/);
      letThrough();
      await page.waitForFunction(() => document.title.startsWith('Pendientes · '));
      expect(await page.locator('.boot-message').isVisible()).toBe(false);

      // If that code cannot load, it says the app could not start.
      await page.unroute(entry);
      await page.route(entry, (route) => route.abort());
      await page.goto('/');
      await page.locator('#root').waitFor({ state: 'visible' });
      const message = page.locator('.boot-message p:visible');
      await expect.poll(() => message.textContent()).toMatch(/no pudo iniciarse/);
      expect(await message.count()).toBe(1);
      expect(await message.getAttribute('lang')).toBe('es');
      expect(await page.locator('.app-header').isVisible()).toBe(true);
    } finally {
      await session.close();
    }
  });

  it('on a first visit, the largest paint is the first paint, and nothing moves as the app starts', async () => {
    const session = await openSession();
    try {
      const page = session.page;
      await page.addInitScript(() => {
        const seen = { lcp: [] as number[], shift: 0 };
        (window as unknown as { __paints: typeof seen }).__paints = seen;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) seen.lcp.push(entry.startTime);
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) seen.shift += (entry as unknown as { value: number }).value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await openRoute(page, '/?lng=en');
      // The app has read the (empty) database and shows the welcome itself.
      await page.getByRole('link', { name: 'Start', exact: true }).waitFor();
      // Everything the start-up fetches has come (the lazy notices, the tabs' live query), and painted.
      await page.waitForLoadState('networkidle');
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
      const paints = await page.evaluate(() => {
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]!.startTime;
        const { lcp, shift } = (window as unknown as { __paints: { lcp: number[]; shift: number } }).__paints;
        return { fcp, lcp, shift };
      });
      expect(paints.lcp.length).toBeGreaterThan(0);
      // The largest paint is the first one: no later, larger paint (within a frame of it, not an exact time).
      expect(Math.max(...paints.lcp)).toBeLessThanOrEqual(paints.fcp + 16.7);
      expect(paints.shift).toBe(0);
    } finally {
      await session.close();
    }
  });

  it('has an installable web manifest with the icons it names', async () => {
    const session = await openSession();
    try {
      await openRoute(session.page, '/');
      const href = await session.page.locator('link[rel="manifest"]').getAttribute('href');
      const manifest = await (await session.page.request.get(href!)).json();
      expect(manifest).toMatchObject({
        display: 'standalone',
        start_url: '/',
        theme_color: expect.any(String),
      });
      const sizes = manifest.icons.map(
        (icon: { sizes: string; purpose?: string }) => `${icon.sizes}:${icon.purpose}`,
      );
      expect(sizes).toEqual(expect.arrayContaining(['192x192:any', '512x512:any', '512x512:maskable']));
      for (const icon of manifest.icons) {
        const res = await session.page.request.get(icon.src);
        expect(res.headers()['content-type']).toBe('image/png');
      }
      expect((await session.page.request.get('/robots.txt')).ok()).toBe(true);
    } finally {
      await session.close();
    }
  });
});
