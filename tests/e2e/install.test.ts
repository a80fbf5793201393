import { describe, expect, it } from 'vitest';
import { openRoute, sessionPerTest } from './browser';

const newSession = sessionPerTest();

const WECHAT_ANDROID =
  'Mozilla/5.0 (Linux; Android 13; V2238A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 MMWEBID/2247 MicroMessenger/8.0.47.2560(0x28002F30) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';

describe('in-app browsers and installing', () => {
  it('tells a student who opened the link in WeChat where the data stays and how to get out, in Chinese', async () => {
    const { page } = await newSession({ locale: 'zh-CN', userAgent: WECHAT_ANDROID });
    await openRoute(page, '/clinic');
    const notice = page.getByRole('region', { name: '你正在微信内置的浏览器里' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('在浏览器打开');
    expect(await notice.getByLabel('本页网址').inputValue()).toBe(`${new URL(page.url()).origin}/clinic`);
    await notice.getByRole('button', { name: '以后再说' }).click();
    await notice.waitFor({ state: 'hidden' });
    // Put away for this visit, on every screen.
    await openRoute(page, '/card');
    expect(await page.getByRole('region', { name: '你正在微信内置的浏览器里' }).count()).toBe(0);
  });

  it('offers the home screen once, after the first person is saved, and never in an ordinary visit', async () => {
    const { page } = await newSession();
    await openRoute(page, '/profile?lng=en');
    const offer = page.getByRole('region', { name: 'Keep the app on your home screen' });
    expect(await offer.count()).toBe(0);
    await page.getByLabel('Full name', { exact: true }).fill('Li Ming');
    await page.getByLabel('ID number', { exact: true }).fill('440303200506151230');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Li Ming' }).waitFor();
    await offer.waitFor();
    // Chromium offers its own install prompt once the app qualifies; until then, its menu.
    const text = (await offer.textContent()) ?? '';
    const button = await offer.getByRole('button', { name: 'Install', exact: true }).count();
    expect(button === 1 || /Install app or Add to Home screen/.test(text)).toBe(true);
    await offer.getByRole('button', { name: 'Not now' }).click();
    await offer.waitFor({ state: 'hidden' });
    // Once: saving again offers nothing.
    await page.reload();
    await page.getByLabel('Full name', { exact: true }).fill('Li Ming Jr');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Li Ming Jr' }).waitFor();
    expect(await offer.count()).toBe(0);
  });
});
