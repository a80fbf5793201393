import { describe, expect, it } from 'vitest';
import { openRoute, sessionPerTest, waitForServiceWorkerControl } from './browser';

const newSession = sessionPerTest();

describe('异地就医备案 filings, offline', () => {
  it.each([
    { lng: 'en', replaced: 'Replaced', expiring: 'Ends in 17 days', anyway: 'Save anyway' },
    { lng: 'zh', replaced: '已被取代', expiring: '还有 17 天到期', anyway: '仍然保存' },
    { lng: 'es', replaced: 'Sustituido', expiring: 'Termina en 17 días', anyway: 'Guardar de todos modos' },
  ])(
    'adds, warns before replacing, supersedes and flags expiry ($lng)',
    async ({ lng, replaced, expiring, anyway }) => {
      const { page, context } = await newSession();
      await context.clock.setFixedTime(new Date('2026-11-22T04:00:00Z'));
      await openRoute(page, `/profile?lng=${lng}`);
      await waitForServiceWorkerControl(page);
      await context.setOffline(true);
      await page.locator('input[name="name"]').fill('Li Ming');
      await page.locator('input[name="idNumber"]').fill('440303200506151230');
      await page.locator('form button[type="submit"]').click();
      await page.getByRole('status').filter({ hasText: 'Li Ming' }).waitFor();

      await page.goto('/filings');
      const add = async (type: string, destination: string, start: string, replacing?: string) => {
        await page.locator('#records-heading ~ button.button--primary').click();
        await page.locator('select[name="type"]').selectOption(type);
        await page.locator('input[name="destination"]').fill(destination);
        await page.locator('input[name="startDate"]').fill(start);
        await page.locator('select[name="status"]').selectOption('approved');
        await page.locator('form button[type="submit"]').click();
        if (replacing) {
          // Before it ends a temporary filing in force, the app asks (UX review 5.1).
          const dialog = page.getByRole('dialog');
          await dialog.getByText(replacing).first().waitFor();
          await dialog.getByRole('button', { name: anyway }).click();
        }
        await page.locator('form').waitFor({ state: 'detached' });
      };
      if (lng === 'en') {
        // The contract's English names.
        await page.getByRole('button', { name: 'Add filing' }).click();
        await page.getByLabel('Filing type', { exact: true }).selectOption({ label: 'Referral' });
        await page.getByLabel('Destination', { exact: true }).fill('Changsha');
        await page.getByLabel('Start date', { exact: true }).fill('2025-12-10');
        // A new filing is a draft until it is said to be submitted or approved.
        expect(await page.locator('select[name="status"]').inputValue()).toBe('draft');
        await page.locator('select[name="status"]').selectOption('approved');
        await page.getByRole('button', { name: 'Save', exact: true }).click();
        await page.locator('form').waitFor({ state: 'detached' });
      } else {
        await add('referral', 'Changsha', '2025-12-10');
      }
      const referral = page.locator('ul.timeline > li', { hasText: '长沙市' });
      await referral.waitFor();
      expect(await referral.locator('time[datetime="2026-12-09"]').count()).toBe(1);
      await referral.getByText(expiring).waitFor();

      await add('temporary-travel', '武汉', '2026-07-01');
      await add('temporary-travel', '广州', '2026-12-01', '武汉');
      const wuhan = page.locator('ul.timeline > li', { hasText: '武汉市' });
      await wuhan.getByText(replaced).first().waitFor();
      await page.reload();
      await wuhan.getByText(replaced).first().waitFor();
    },
  );
});
