import { describe, expect, it } from 'vitest';
import { openRoute, sessionPerTest, waitForServiceWorkerControl } from './browser';
import { ProfilePage } from './pages/profile-page';
import { todoStep } from './pages/todo-page';

const newSession = sessionPerTest();

// On 22 November with nothing recorded, this year's missed enrolment comes first (content audit H-2: it
// used to turn silently into next year's window); once marked done, the card journey starts.
const CASES = [
  {
    lng: 'en',
    first: 'Enrol or re-enrol for 2026–2027 (参保) and pay the premium',
    second: 'Get your photo receipt code',
    done: 'Mark done',
  },
  {
    lng: 'zh',
    first: '2026–2027 年度参保（新参保或续保）并缴费',
    second: '获取社保数码照片回执码',
    done: '标记完成',
  },
  {
    lng: 'es',
    first: 'Inscríbase o renueve para 2026–2027 (参保) y pague la cuota',
    second: 'Consiga el código de recibo de la foto',
    done: 'Marcar como hecho',
  },
];

describe('the to-do timeline, offline', () => {
  it.each(CASES)(
    'a new user sees the first step, completes it from its card, and the next appears ($lng)',
    async ({ lng, first, second, done }) => {
      const session = await newSession();
      const { page, context } = session;
      await context.clock.setFixedTime(new Date('2026-11-22T04:00:00Z'));
      await openRoute(page, `/?lng=${lng}`);
      await waitForServiceWorkerControl(page);
      await context.setOffline(true);

      const profile = new ProfilePage(page);
      await page.goto('/profile');
      await page.locator('input[name="name"]').fill('Li Ming');
      await page.locator('input[name="idNumber"]').fill('440303200506151230');
      await page.locator('form button[type="submit"]').click();
      await profile.status().waitFor();

      await page.goto('/');
      const next = page.locator('section.next');
      // The card's title (its buttons also name the step, for screen readers).
      const nextTitle = (text: string) => next.locator('.next__title', { hasText: text });
      await nextTitle(first).waitFor();
      // The timeline is a list, and each dated item shows its date as a <time>.
      expect(await page.locator('ul.timeline > li').count()).toBeGreaterThan(3);
      const dated = page.locator('ul.timeline > li', { has: page.locator('time') });
      expect(await dated.count()).toBeGreaterThan(0);
      expect(await dated.first().locator('time').first().getAttribute('datetime')).toMatch(
        /^\d{4}-\d{2}-\d{2}$/,
      );

      // The next step is not repeated in the list: it is marked done from its own card.
      expect(await page.locator('ul.timeline > li', { hasText: first }).count()).toBe(0);
      await next.getByRole('button', { name: new RegExp(done) }).click();
      await nextTitle(second).waitFor();
      // The year is answered: it is no longer an open step anywhere on the to-do.
      expect(await todoStep(page, first).count()).toBe(0);

      await page.reload();
      await nextTitle(second).waitFor();
      expect(await todoStep(page, first).count()).toBe(0);
    },
  );
});

describe('home on a first visit', () => {
  it.each(['zh', 'es'])('fetches the words of the reader’s language alone (%s)', async (lng) => {
    const { page } = await newSession();
    await openRoute(page, `/?lng=${lng}`);
    // Once the first screen is up and what waits for it has started.
    await page.locator('link[rel="manifest"]').waitFor({ state: 'attached' });
    const words = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map(({ name }) => /\/assets\/(common|validation)-/.exec(name)?.[1])
        .filter(Boolean),
    );
    // One file of each: English is not fetched behind the reader's language as a fallback.
    expect(words.sort()).toEqual(['common', 'validation']);
  });

  it('runs without the database code, and follows another tab that adds somebody', async () => {
    const { page, context } = await newSession();
    await page.addInitScript(() => {
      // When the page first asked whether the app's database exists.
      const databases = indexedDB.databases.bind(indexedDB);
      indexedDB.databases = () => {
        const asked = window as unknown as { __databasesAsked?: number };
        asked.__databasesAsked ??= performance.now();
        return databases();
      };
      // What the page had fetched when the screen named the document, the moment it is "ready".
      new MutationObserver((_, observer) => {
        if (!document.title.startsWith('To-do · ')) return;
        const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
        const fetched = resources.map(({ name, startTime, responseEnd }) => ({
          name,
          startTime,
          responseEnd,
        }));
        (window as unknown as { __atReady: typeof fetched }).__atReady = fetched;
        const head = [...document.head.querySelectorAll('link[rel="icon"], link[rel="manifest"]')];
        (window as unknown as { __headAtReady: string[] }).__headAtReady = head.map(
          (link) => `${link.getAttribute('rel')} ${link.getAttribute('href')}`,
        );
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await openRoute(page, '/?lng=en');
    const atReady = await page.evaluate(
      () =>
        (window as unknown as { __atReady: { name: string; startTime: number; responseEnd: number }[] })
          .__atReady,
    );
    const code = atReady.find(({ name }) => name.includes('/assets/index-'));
    expect(code).toBeDefined(); // it saw the app's code
    // Home's question to the browser was first asked by the page itself, before the code had arrived.
    const asked = await page.evaluate(
      () => (window as unknown as { __databasesAsked?: number }).__databasesAsked,
    );
    expect(asked).toBeLessThan(code!.responseEnd);
    // Neither the database layer (Dexie) nor the timeline's engine or screen: nobody is on this phone.
    expect(atReady.filter(({ name }) => /\/assets\/(data|engine|timeline-route)-/.test(name))).toEqual([]);
    // The start-up words, of the reader's language alone, asked for beside the code by the page itself
    // (the code could only ask once it had arrived and run).
    const words = atReady.filter(({ name }) => /\/assets\/(common|validation)-/.test(name));
    expect(words.map(({ name }) => /\/assets\/(\w+)-/.exec(name)![1]).sort()).toEqual([
      'common',
      'validation',
    ]);
    for (const { startTime } of words) expect(startTime).toBeLessThan(code!.responseEnd);
    // The tab's icon and the web manifest wait for the screen: until then an empty icon stands in, and the
    // browser has fetched neither the manifest nor its icons (the header's mark is the page's own <img>).
    expect(
      await page.evaluate(() => (window as unknown as { __headAtReady: string[] }).__headAtReady),
    ).toEqual(['icon data:,']);
    expect(atReady.filter(({ name }) => /manifest\.webmanifest|\/icons\//.test(name))).toEqual([]);
    // Then they are in place, once each.
    await page.locator('link[rel="manifest"]').waitFor({ state: 'attached' });
    expect(
      await page.evaluate(() =>
        [...document.head.querySelectorAll('link[rel="icon"], link[rel="manifest"]')].map(
          (link) => `${link.getAttribute('rel')} ${link.getAttribute('href')}`,
        ),
      ),
    ).toEqual(['icon /favicon.svg', 'manifest /manifest.webmanifest']);
    const welcome = page.getByRole('heading', { level: 2, name: 'Start here: three questions' });
    expect(await welcome.isVisible()).toBe(true);

    // Somebody is added in another tab: this one, left on its welcome, shows the to-do list.
    const other = await context.newPage();
    await other.goto('/profile?lng=en');
    await other.locator('input[name="name"]').fill('Li Ming');
    await other.locator('input[name="idNumber"]').fill('440303200506151230');
    await other.locator('form button[type="submit"]').click();
    await new ProfilePage(other).status().waitFor();
    await page.locator('ul.timeline > li').first().waitFor();
    expect(await welcome.count()).toBe(0);
  });
});
