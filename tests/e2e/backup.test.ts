import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { familyBackup } from '../bench/bench-helpers';
import { openRoute, sessionPerTest, waitForServiceWorkerControl } from './browser';

const newSession = sessionPerTest();
const fixture = (name: string) => join(process.cwd(), 'tests/fixtures', name);

/** Saves the person Li Ming on the open profile screen, and waits for "saved". */
async function saveLiMing(page: Page, mobile?: string) {
  await page.getByLabel('Full name', { exact: true }).fill('Li Ming');
  await page.getByLabel('ID number', { exact: true }).fill('440303200506151230');
  if (mobile) await page.getByLabel('Mobile number', { exact: true }).fill(mobile);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Li Ming' }).waitFor();
}

/** Exports a backup from Settings and returns the download. */
async function exportBackup(page: Page) {
  await page.goto('/settings');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export backup' }).click(),
  ]);
  return download;
}

describe('backup, restore and delete, in the browser', () => {
  it('exports a .json file, deletes everything, and restores it offline', async () => {
    const { page, context } = await newSession();
    await openRoute(page, '/profile?lng=en');
    await waitForServiceWorkerControl(page);
    await context.setOffline(true);
    await saveLiMing(page);
    const download = await exportBackup(page);
    expect(download.suggestedFilename()).toMatch(/^yibao-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const saved = await download.path();
    const backup = JSON.parse(readFileSync(saved, 'utf8')) as { data: { profiles: { name: string }[] } };
    expect(backup.data.profiles.map((p) => p.name)).toEqual(['Li Ming']);

    await page.getByRole('button', { name: 'Delete all data' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByText(/^All data was deleted from the app on this phone\./).waitFor();

    // Import through the file chooser that the "Import backup" control opens.
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByText('Import backup').click(),
    ]);
    await chooser.setFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: readFileSync(saved),
    });
    await page
      .getByRole('region', { name: /Import yibao-backup/ })
      .getByText('1 person: Li Ming.')
      .waitFor();
    await page.getByLabel(/Replace/).check();
    await page.getByRole('button', { name: 'Import now' }).click();
    await page.getByText('Restored: 1 person.', { exact: false }).waitFor();
    await page.goto('/profile');
    expect(await page.getByLabel('Full name', { exact: true }).inputValue()).toBe('Li Ming');
  });

  it('imports a family of 10 with 3,000 records in a worker; the to-do list opens a page at a time', async () => {
    const { page, requests } = await newSession();
    await openRoute(page, '/settings?lng=en');
    await page.getByLabel('Import backup').setInputFiles({
      name: 'family.json',
      mimeType: 'application/json',
      buffer: Buffer.from(familyBackup(10, 3_000)),
    });
    await page.getByText(/^10 people: /).waitFor({ timeout: 60_000 });
    await page.getByLabel(/Replace/).check();
    await page.getByRole('button', { name: 'Import now' }).click();
    await page.getByText('Restored: 10 people.', { exact: false }).waitFor({ timeout: 60_000 });
    // The file was read, checked and written by the backup worker, not on the page.
    expect(requests.some((url) => /\/assets\/backup-worker-[\w-]+\.js$/.test(url))).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('yibao.people'))).toBe('1');

    await page.getByRole('link', { name: 'To-do' }).first().click();
    await page
      .getByText(/^Showing 20 of \d+\.$/)
      .first()
      .waitFor({ timeout: 60_000 });
    const perList = await page
      .locator('main ul.timeline')
      .evaluateAll((lists) => lists.map((list) => list.children.length));
    expect(Math.max(...perList)).toBe(20);

    // The browser lays out only the items near the screen (content-visibility), so opening a long list is
    // not one long task; an item far down is laid out once it is scrolled to.
    const titles = page.locator('main ul.timeline > li .item__title');
    const laidOut = () =>
      titles.evaluateAll((all) => all.map((title) => title.checkVisibility({ contentVisibilityAuto: true })));
    const before = await laidOut();
    expect(before[0]).toBe(true);
    expect(before.at(-1)).toBe(false);
    await titles.last().scrollIntoViewIfNeeded();
    await expect.poll(async () => (await laidOut()).at(-1)).toBe(true);
  });

  it('refuses a hostile file with an alert and keeps the data', async () => {
    const { page } = await newSession();
    await openRoute(page, '/profile?lng=en');
    await page.getByLabel('Full name', { exact: true }).fill('Keep Me');
    await page.getByLabel('ID number', { exact: true }).fill('440303200506151230');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Keep Me' }).waitFor();
    await page.goto('/settings');
    for (const file of ['hostile-backups/proto-nested.json', 'hostile-backups/newer-version.json']) {
      await page.getByLabel('Import backup').setInputFiles(fixture(file));
      await page.getByRole('alert').waitFor();
      expect(await page.getByRole('alert').textContent()).toMatch(/Nothing was changed/);
    }
    expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>).isAdmin)).toBeUndefined();
    await page.goto('/profile');
    expect(await page.getByLabel('Full name', { exact: true }).inputValue()).toBe('Keep Me');
  });

  it('when another tab upgrades the database, this tab lets go, says so and reloads', async () => {
    const { page, context } = await newSession();
    await openRoute(page, '/profile?lng=en');
    await page.getByLabel('Full name', { exact: true }).waitFor();
    const other = await context.newPage();
    await other.goto('/settings?lng=en');
    // The other tab opens a newer version of the same database, as a newer app would.
    const upgraded = await other.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const request = indexedDB.open('yibao-companion', 1000);
          request.onsuccess = () => {
            const version = request.result.version;
            request.result.close();
            resolve(version);
          };
          request.onerror = () => reject(new Error(String(request.error)));
        }),
    );
    expect(upgraded).toBe(1000);
    await page.getByRole('alert').filter({ hasText: 'The app was updated in another tab' }).waitFor();
    await page.waitForEvent('load', { timeout: 15_000 });
  });

  // security review F2
  it('merging an older backup lists the difference first and keeps the newer edit on the phone', async () => {
    const { page } = await newSession();
    await openRoute(page, '/profile?lng=en');
    await saveLiMing(page, '13800138000');
    const older = readFileSync(await (await exportBackup(page)).path());

    // A newer edit on the phone, then the older backup merged back.
    await page.goto('/profile');
    const mobile = page.getByLabel('Mobile number', { exact: true });
    await mobile.fill('13611112222');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Li Ming' }).waitFor();
    await page.goto('/settings');
    await page.getByLabel('Import backup').setInputFiles({
      name: 'older.json',
      mimeType: 'application/json',
      buffer: older,
    });
    const preview = page.getByRole('region', { name: /Import older\.json/ });
    await preview.getByText('1 thing is on this phone and in the file, differently:').waitFor();
    expect(await preview.getByRole('listitem').filter({ hasText: 'personal details' }).innerText()).toContain(
      "this phone's version is kept",
    );
    await page.getByRole('button', { name: 'Import now' }).click();
    await page.getByText('Imported and merged: 1 person.').waitFor();
    await page.goto('/profile');
    expect(await page.getByLabel('Mobile number', { exact: true }).inputValue()).toBe('13611112222');
  });
});
