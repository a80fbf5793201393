import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { familyBackup } from '../bench/bench-helpers';
import { openRoute, sessionPerTest } from './browser';

const newSession = sessionPerTest();
const path = (page: Page) => new URL(page.url()).pathname;
const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

/** Imports a family of 10 people with `records` records (Replace), from /settings in English. */
async function importFamily(page: Page, records: number) {
  await openRoute(page, '/settings?lng=en');
  await page.getByLabel('Import backup').setInputFiles({
    name: 'family.json',
    mimeType: 'application/json',
    buffer: Buffer.from(familyBackup(10, records)),
  });
  await page.getByText(/^10 people: /).waitFor({ timeout: 60_000 });
  await page.getByLabel(/Replace/).check();
}

describe('leaving a screen with unsaved edits', () => {
  it('a tab tap asks first: Stay keeps the text, Leave drops it', async () => {
    const { page } = await newSession();
    await openRoute(page, '/profile?lng=en');
    await page.getByLabel('Full name', { exact: true }).fill('Wang Fang');
    await page.getByRole('navigation').getByRole('link', { name: 'Card' }).click();

    const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
    await dialog.waitFor();
    expect(path(page)).toBe('/profile');
    await dialog.getByRole('button', { name: 'Stay' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(path(page)).toBe('/profile');
    expect(await page.getByLabel('Full name', { exact: true }).inputValue()).toBe('Wang Fang');

    await page.getByRole('navigation').getByRole('link', { name: 'Card' }).click();
    await dialog.getByRole('button', { name: 'Leave' }).click();
    await heading(page, /^Card$/).waitFor();
    expect(path(page)).toBe('/card');
    await page.goBack();
    await heading(page, 'People').waitFor();
    expect(await page.getByLabel('Full name', { exact: true }).inputValue()).toBe('');
  });

  it('a tab tapped before the guard has loaded is held, and the question comes with the guard', async () => {
    const { page } = await newSession();
    // The guard's code held back, as on a slow network, while the reader types and taps a tab.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/navigation-guard-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await openRoute(page, '/profile?lng=en');
    await page.getByLabel('Full name', { exact: true }).fill('Wang Fang');
    await page.getByRole('navigation').getByRole('link', { name: 'Card' }).click();
    const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
    expect(path(page)).toBe('/profile');
    expect(await page.getByLabel('Full name', { exact: true }).inputValue()).toBe('Wang Fang');

    release();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Leave' }).click();
    await heading(page, /^Card$/).waitFor();
    expect(path(page)).toBe('/card');
  });

  it('Back asks first, in the reader’s language (Chinese): stay keeps the text, leave goes back', async () => {
    const { page } = await newSession({ locale: 'zh-CN' });
    await openRoute(page, '/?lng=zh');
    // The tab's label in Chinese, whatever it is, is the link to /profile's screen behind "More".
    await page.getByRole('navigation').locator('a[href="/more"]').click();
    await page.locator('main a[href="/profile"]').click();
    await page.getByLabel('姓名', { exact: false }).first().waitFor();
    const name = page.locator('main form input').first();
    await name.fill('王芳');

    await page.goBack();
    const dialog = page.getByRole('dialog', { name: '不保存就离开？' });
    await dialog.waitFor();
    await expect.poll(() => path(page)).toBe('/profile');
    await dialog.getByRole('button', { name: '留下' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(path(page)).toBe('/profile');
    expect(await name.inputValue()).toBe('王芳');

    await page.goBack();
    await dialog.getByRole('button', { name: '离开' }).click();
    await expect.poll(() => path(page)).toBe('/more');
    // Forward again is an ordinary navigation: nothing is unsaved any more.
    await page.goForward();
    await expect.poll(() => path(page)).toBe('/profile');
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.locator('main form input').first().inputValue()).toBe('');
  });

  it('asks before a link leaves a running import, and the import completes when the reader stays', async () => {
    const { page } = await newSession();
    await importFamily(page, 10_000);
    await page.getByRole('button', { name: 'Import now' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'To-do' }).click();
    const dialog = page.getByRole('dialog', { name: 'Stop the import?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Stay' }).click();
    await page.getByText('Restored: 10 people.', { exact: false }).waitFor({ timeout: 60_000 });
    expect(path(page)).toBe('/settings');
    // Once it is done, leaving asks nothing.
    await page.getByRole('navigation').getByRole('link', { name: 'To-do' }).click();
    await expect.poll(() => path(page)).toBe('/');
    expect(await page.getByRole('dialog').count()).toBe(0);
  });
});

describe('scroll position and focus', () => {
  it('Back restores a scrolled list; a new screen starts at its top with focus on its heading', async () => {
    const { page } = await newSession();
    await importFamily(page, 600);
    await page.getByRole('button', { name: 'Import now' }).click();
    await page.getByText('Restored: 10 people.', { exact: false }).waitFor({ timeout: 60_000 });

    await page.getByRole('navigation').getByRole('link', { name: 'To-do' }).click();
    await page
      .getByText(/^Showing 20 of \d+\.$/)
      .first()
      .waitFor({ timeout: 60_000 });
    // Read a long way down, with a "Show more" opened.
    await page
      .getByRole('button', { name: /^Show \d+ more$/ })
      .first()
      .click();
    await page
      .getByText(/^Showing 40 of \d+\.$/)
      .first()
      .waitFor();
    const titles = page.locator('main ul.timeline > li .item__title');
    await titles.nth(30).scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 50));
    const topItem = () =>
      page.evaluate(() => {
        const items = [...document.querySelectorAll('main ul.timeline > li')];
        const first = items.find((item) => item.getBoundingClientRect().bottom > 0);
        return first?.querySelector('.item__title')?.textContent ?? null;
      });
    await page.waitForFunction(() => window.scrollY > 1000);
    // The app notes the position in the frame after a scroll: two frames later it has.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    const leftAt = await page.evaluate(() => window.scrollY);
    const leftItem = await topItem();

    await page.getByRole('navigation').getByRole('link', { name: 'Card' }).click();
    await heading(page, /^Card$/).waitFor();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    await page.goBack();
    await page
      .getByText(/^Showing 40 of \d+\.$/)
      .first()
      .waitFor({ timeout: 60_000 });
    // The same item at the top of the screen, where it was left. (The page offset itself may differ: the items
    // above it, not yet laid out again, count at their estimated size.)
    await expect.poll(topItem, { timeout: 10_000 }).toBe(leftItem);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(leftAt / 2);
  });

  it('leaves the first screen where the reader scrolled it when the scroll keeper arrives late', async () => {
    const { page } = await newSession();
    // The scroll keeper's code held back, as on a slow network, until the reader has scrolled and tapped.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/scroll-restoration-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await openRoute(page, '/settings?lng=en');
    const exportButton = page.getByRole('button', { name: 'Export backup' });
    await exportButton.scrollIntoViewIfNeeded();
    const scrolledTo = await page.evaluate(() => window.scrollY);
    expect(scrolledTo).toBeGreaterThan(300);

    release();
    // Its first act is to take Back and Forward's scrolling over from the browser.
    await page.waitForFunction(() => window.history.scrollRestoration === 'manual');
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolledTo);

    // Later screens still start at their top.
    await page.getByRole('navigation').getByRole('link', { name: 'Card' }).click();
    await heading(page, /^Card$/).waitFor();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  });
});

describe('a screen that fails', () => {
  it('shows the error inside the frame, in the reader’s language, and the navigation still works', async () => {
    const { page } = await newSession({ locale: 'es-ES' });
    // The card screen's code, replaced by a screen that throws while it renders.
    await page.route(/\/assets\/card-route-[\w-]+\.js$/, (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: 'export function Component() { throw new Error("a broken screen"); }',
      }),
    );
    await openRoute(page, '/?lng=es');
    await page.getByRole('navigation').getByRole('link', { name: 'Tarjeta' }).click();
    await heading(page, 'No se pudo abrir esta pantalla').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('Sus datos siguen en este teléfono');
    expect(await page.locator('.app-header').isVisible()).toBe(true);
    expect(await page.getByRole('navigation').locator('a[aria-current="page"]:visible').textContent()).toBe(
      'Tarjeta',
    );
    // Trying again renders the screen again (still broken here), and the tabs lead on.
    await page.getByRole('button', { name: 'Intentar de nuevo' }).click();
    await heading(page, 'No se pudo abrir esta pantalla').waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Clínica' }).click();
    await expect.poll(() => path(page)).toBe('/clinic');
    await page.locator('main h1').filter({ hasNotText: 'No se pudo abrir' }).waitFor();
  });
});
