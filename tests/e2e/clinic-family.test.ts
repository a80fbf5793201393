import { describe, expect, it } from 'vitest';
import { openRoute, sessionPerTest, waitForServiceWorkerControl } from './browser';

const newSession = sessionPerTest();

describe('clinic binding and family links, offline', () => {
  it.each([
    { lng: 'en', locked: 'Locked' },
    { lng: 'zh', locked: '锁定中' },
    { lng: 'es', locked: 'Bloqueado' },
  ])('binds a clinic and links a parent ($lng)', async ({ lng, locked }) => {
    const { page, context } = await newSession();
    await context.clock.setFixedTime(new Date('2026-11-22T04:00:00Z'));
    await openRoute(page, `/profile?lng=${lng}`);
    await waitForServiceWorkerControl(page);
    await context.setOffline(true);

    const addPerson = async (name: string, idNumber: string) => {
      await page.locator('input[name="name"]').fill(name);
      await page.locator('input[name="idNumber"]').fill(idNumber);
      await page.locator('form button[type="submit"]').click();
      await page.getByRole('status').filter({ hasText: name }).waitFor();
    };
    await page.goto('/profile');
    await addPerson('Li Ming', '440303200506151230');
    await page.goto('/profile?add=1');
    await addPerson('Li Qiang', '11010519491231002X');

    // /clinic: the binding's lock end is a <time>, same day next month.
    await page.goto('/clinic');
    await page.locator('input[name="name"]').waitFor();
    if (lng === 'en') {
      await page.getByLabel('Clinic name', { exact: true }).fill('竹韵社区健康服务中心');
      await page.getByLabel('Bound on', { exact: true }).fill('2026-10-31');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
    } else {
      await page.locator('input[name="name"]').fill('竹韵社区健康服务中心');
      await page.locator('input[name="boundOn"]').fill('2026-10-31');
      await page.locator('form button[type="submit"]').first().click();
    }
    const current = page.locator('section', { has: page.locator('#current-clinic-heading') });
    await current.getByText(locked).waitFor();
    expect(await current.locator('time[datetime="2026-11-30"]').count()).toBe(1);

    // /family: the parent's account for the student.
    await page.goto('/family');
    await page.locator('select[name="authoriserProfileId"]').selectOption({ label: 'Li Qiang' });
    await page.locator('select[name="relation"]').selectOption('parent');
    await page.locator('form button[type="submit"]').click();
    await page.locator('#links-heading ~ ul li', { hasText: 'Li Qiang' }).waitFor();
    await page.reload();
    await page.locator('#links-heading ~ ul li', { hasText: 'Li Qiang' }).waitFor();
  });
});
