import { describe, expect, it } from 'vitest';
import { sessionPerTest } from './browser';
import { ProfilePage } from './pages/profile-page';

const newSession = sessionPerTest();

describe('/profile in a real browser with real IndexedDB', () => {
  it('keeps a saved person across reloads', async () => {
    const session = await newSession();
    const profile = new ProfilePage(session.page);
    await profile.open();
    await profile.fill({
      name: 'Li Ming',
      idType: 'Resident ID card',
      idNumber: '440303200506151230',
      mobile: '138 0013 8000',
      dateOfBirth: '2005-06-15',
      city: 'Shenzhen',
    });
    await profile.save();
    expect(await profile.status().innerText()).toContain('Saved');

    await session.page.reload();
    await profile.open();
    const { page } = session;
    expect(await page.getByLabel('Full name', { exact: true }).inputValue()).toBe('Li Ming');
    expect(await page.getByLabel('Mobile number', { exact: true }).inputValue()).toBe('13800138000');
    expect(await page.getByLabel('Date of birth', { exact: true }).inputValue()).toBe('2005-06-15');
    expect(await page.getByText('440303********1230').count()).toBe(1);
  });

  it('refuses a bad value next to the field and saves nothing', async () => {
    const session = await newSession();
    const { page } = session;
    const profile = new ProfilePage(page);
    await profile.open();
    await profile.fill({ name: 'Li Ming', idNumber: '440303200506151230', mobile: '1234' });
    await profile.save();
    const mobile = page.getByLabel('Mobile number', { exact: true });
    await page.locator('[aria-invalid="true"]').first().waitFor();
    expect(await mobile.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await mobile.getAttribute('aria-describedby'))!.split(' ')[0]!;
    expect(await page.locator(`[id="${describedBy}"]`).innerText()).toContain('11-digit');
    await page.reload();
    await profile.open();
    expect(await page.getByLabel('Full name', { exact: true }).inputValue()).toBe('');
  });

  for (const timezoneId of ['America/Los_Angeles', 'Pacific/Kiritimati', 'Europe/Madrid']) {
    it(`keeps exactly the day typed in ${timezoneId}`, async () => {
      const session = await newSession({ timezoneId });
      const { page } = session;
      const profile = new ProfilePage(page);
      await profile.open();
      await profile.fill({
        name: 'Ana',
        idType: 'Passport',
        idNumber: 'E12345678',
        dateOfBirth: '2004-02-29',
        city: 'Shanghai',
      });
      await profile.save();
      await profile.status().waitFor();
      await page.reload();
      await profile.open();
      expect(await page.getByLabel('Date of birth', { exact: true }).inputValue()).toBe('2004-02-29');
    });
  }
});
