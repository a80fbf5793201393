import { describe, expect, it } from 'vitest';
import { openRoute, openScreen, sessionPerTest, waitForServiceWorkerControl } from './browser';
import { ProfilePage } from './pages/profile-page';
import { ROUTES } from './routes';

const newSession = sessionPerTest();

describe('offline', () => {
  it('the service worker controls the page after one reload, and every route reloads offline', async () => {
    const session = await newSession();
    const { page, context } = session;
    await openRoute(page, '/?lng=en');
    await waitForServiceWorkerControl(page);

    await context.setOffline(true);
    // Each screen itself, from the precache: its own heading and title, not "could not open".
    for (const route of ROUTES) await openScreen(page, route);
    // Translations of the other languages are precached too.
    for (const lng of ['zh', 'es']) {
      await page.goto(`/card?lng=${lng}`);
      await page.locator('main h1').waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lng === 'zh' ? 'zh-CN' : 'es');
    }
  });

  it('saves a person while offline, and the data is there after an offline reload', async () => {
    const session = await newSession();
    const { page, context } = session;
    await openRoute(page, '/profile?lng=en');
    await waitForServiceWorkerControl(page);
    await context.setOffline(true);

    const profile = new ProfilePage(page);
    await profile.open();
    await profile.fill({ name: 'Offline Student', idNumber: '440303200506151230', mobile: '13800138000' });
    await profile.save();
    await profile.status().waitFor();
    await page.reload();
    await page.getByLabel('Full name', { exact: true }).waitFor();
    expect(await page.getByLabel('Full name', { exact: true }).inputValue()).toBe('Offline Student');
  });
});
