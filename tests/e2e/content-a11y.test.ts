import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { openRoute, sharedSession } from './browser';
import { ROUTES } from './routes';

const RAW_KEY = /\b[a-z]+:[a-z][\w-]*\.[\w.-]+\b|\{\{\w+\}\}/;

describe('every screen with real data', () => {
  const session = sharedSession();

  it('has no raw keys and no serious axe violation, for a Shenzhen student and a Shanghai freshman', async () => {
    const { page, context } = session();
    await context.clock.setFixedTime(new Date('2026-11-22T04:00:00Z'));
    const addPerson = async (name: string, idNumber: string, city: string) => {
      await openRoute(page, '/profile?add=1&lng=en');
      await page.getByLabel('Full name', { exact: true }).fill(name);
      await page.getByLabel('ID number', { exact: true }).fill(idNumber);
      await page.getByLabel('City', { exact: true }).selectOption({ label: city });
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.getByRole('status').filter({ hasText: name }).waitFor();
    };
    await addPerson('Li Ming', '440303200506151230', 'Shenzhen');
    await addPerson('Wang Fang', '11010519491231002X', 'Shanghai');

    // Some records so the screens show lists, callouts and tables.
    await openRoute(page, '/card');
    await page.getByLabel('Receipt code', { exact: true }).fill('A1B2C3D4E5F');
    await page.getByLabel('Application channel', { exact: true }).selectOption({ label: 'Bank window' });
    await page.getByLabel('Submitted on', { exact: true }).fill('2026-11-20');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();

    const problems: string[] = [];
    for (const lng of ['en', 'zh', 'es']) {
      for (const route of ROUTES) {
        await openRoute(page, `${route}?lng=${lng}`);
        await page.locator('main .loading').first().waitFor({ state: 'detached' });
        const text = await page.locator('main').innerText();
        const raw = RAW_KEY.exec(text);
        if (raw) problems.push(`${lng} ${route}: raw text ${raw[0]}`);
        if (lng === 'es') continue; // axe once per script (Latin and CJK) is enough
        const results = await new AxeBuilder({ page }).analyze();
        for (const v of results.violations) {
          if (v.impact === 'serious' || v.impact === 'critical')
            problems.push(`${lng} ${route}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
