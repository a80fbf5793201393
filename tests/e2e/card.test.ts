import { describe, expect, it } from 'vitest';
import { openRoute, sessionPerTest, waitForServiceWorkerControl, type Session } from './browser';
import { CardPage } from './pages/card-page';
import { ProfilePage } from './pages/profile-page';

const newSession = sessionPerTest();

/** An installed app on a fixed "today" (Sunday 22 November 2026 in Shenzhen), then offline. */
async function offlineWithStudent(session: Session) {
  const { page, context } = session;
  await context.clock.setFixedTime(new Date('2026-11-22T04:00:00Z'));
  await openRoute(page, '/profile?lng=en');
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);
  const profile = new ProfilePage(page);
  await profile.open();
  await profile.fill({ name: 'Li Ming', idNumber: '440303200506151230', mobile: '13800138000' });
  await profile.save();
  await profile.status().waitFor();
}

describe('the card journey, offline', () => {
  it('goes from receipt code to activation in English, and the checklist has the answers', async () => {
    const session = await newSession();
    const { page } = session;
    await offlineWithStudent(session);
    const card = new CardPage(page);
    await card.open('en');

    // A wrong code is refused next to the field.
    await page.getByLabel('Receipt code', { exact: true }).fill('abc');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(() => page.getByLabel('Receipt code', { exact: true }).getAttribute('aria-invalid'))
      .toBe('true');

    await page.getByLabel('Receipt code', { exact: true }).fill('a1b2-c3d4-e5f');
    await page.getByLabel('Application channel', { exact: true }).selectOption({ label: 'Bank window' });
    await page.getByLabel('Submitted on', { exact: true }).fill('2026-11-20');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    expect(await card.expectedReady().getAttribute('datetime')).toBe('2026-12-08');
    expect(await card.expectedReady().textContent()).toBe('8 Dec 2026');
    expect(await card.nextStepHeading().textContent()).toBe('Waiting for the card');

    await page.getByLabel('Picked up on', { exact: true }).fill('2026-11-21');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page
      .getByRole('heading', { name: 'Activate your card now: until then it gives no benefits' })
      .waitFor();

    await page.getByLabel('Activated on', { exact: true }).fill('2026-11-22');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('heading', { name: 'Your card is active' }).waitFor();

    // Still there after an offline reload.
    await page.reload();
    await page.getByRole('heading', { name: 'Your card is active' }).waitFor();
    expect(await page.getByLabel('Receipt code', { exact: true }).inputValue()).toBe('A1B2C3D4E5F');

    // The checklist follows the card: activated, nothing is left to do at the bank. The application trip
    // is one tap away, with the answers from the profile and the card; the trip and the ticks are kept
    // across a reload.
    await page.goto('/checklist');
    await page
      .getByText('The card is activated: there is nothing more to do at the bank.', { exact: false })
      .waitFor();
    await page.getByRole('radio', { name: 'Apply for the card (申领)' }).check();
    await page.locator('.answer__zh', { hasText: '社保照片回执码' }).waitFor();
    expect(
      await page.locator('.answer', { hasText: '社保照片回执码' }).locator('.answer__value').textContent(),
    ).toBe('A1B2C3D4E5F');
    expect(await page.locator('.answer', { hasText: '户口性质' }).getByText('Missing').count()).toBe(1);
    const ownId = page.getByRole('checkbox', { name: /Your own valid ID/ });
    await ownId.check();
    // Reloaded the moment it says saved: the tick was stored, not only shown.
    await page.getByText('Saved on this phone.').waitFor();
    await page.reload();
    await expect.poll(() => page.getByRole('checkbox', { name: /Your own valid ID/ }).isChecked()).toBe(true);
  });

  it.each([
    {
      lng: 'zh',
      saved: '已保存',
      ready: '2026年12月8日',
      waiting: '等待制卡',
      pickup: '领卡时',
      apply: '申领社保卡',
    },
    {
      lng: 'es',
      saved: 'Guardado',
      ready: '8 dic 2026',
      waiting: 'Esperando la tarjeta',
      pickup: 'Al recogerla',
      apply: 'Solicitar la tarjeta (申领)',
    },
  ])('works the same in $lng', async ({ lng, saved, ready, waiting, pickup, apply }) => {
    const session = await newSession();
    const { page } = session;
    await offlineWithStudent(session);
    const card = new CardPage(page);
    await card.open(lng);
    await card.fill({ code: 'a1b2c3d4e5f', channel: 'bank-window', submittedOn: '2026-11-20' });
    await card.save();
    expect(await page.getByRole('status').textContent()).toContain(saved);
    expect(await card.expectedReady().getAttribute('datetime')).toBe('2026-12-08');
    expect(await card.expectedReady().textContent()).toContain(ready);
    expect(await card.nextStepHeading().textContent()).toBe(waiting);
    // Applied: the checklist opens on the pickup trip, and the application's answers are one tap away.
    await page.goto(`/checklist?lng=${lng}`);
    await page.getByRole('heading', { name: pickup }).waitFor();
    await page.getByRole('radio', { name: apply }).check();
    await page.locator('.answer__zh', { hasText: '社保照片回执码' }).waitFor();
    expect(
      await page.locator('.answer', { hasText: '社保照片回执码' }).locator('.answer__value').textContent(),
    ).toBe('A1B2C3D4E5F');
  });
});
