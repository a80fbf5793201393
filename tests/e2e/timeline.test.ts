import { describe, expect, it } from 'vitest';
import { openRoute, sessionPerTest, waitForServiceWorkerControl } from './browser';
import { ProfilePage } from './pages/profile-page';

const newSession = sessionPerTest();

const CASES = [
  {
    lng: 'en',
    first: 'Get your photo receipt code',
    second: 'Apply for the financial social-security card',
    done: 'Mark done',
  },
  { lng: 'zh', first: '获取社保数码照片回执码', second: '申领金融社保卡', done: '标记完成' },
  {
    lng: 'es',
    first: 'Consiga el código de recibo de la foto',
    second: 'Solicite la tarjeta financiera',
    done: 'Marcar como hecho',
  },
];

describe('the to-do timeline, offline', () => {
  it.each(CASES)(
    'a new user sees the first step, completes it, and the next appears ($lng)',
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
      await next.getByText(first).waitFor();
      // The timeline is a list, and each dated item shows its date as a <time>.
      expect(await page.locator('ul.timeline > li').count()).toBeGreaterThan(3);
      const dated = page.locator('ul.timeline > li', { has: page.locator('time') });
      expect(await dated.count()).toBeGreaterThan(0);
      expect(await dated.first().locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);

      const entry = page.locator('ul.timeline > li', { hasText: first });
      await entry.getByRole('button', { name: new RegExp(done) }).click();
      await next.getByText(second).waitFor();

      await page.reload();
      await next.getByText(second).waitFor();
    },
  );
});
