import holidayData from 'chinese-days/dist/chinese-days.json';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION, backupSchema } from '@/domain/backup/schema';
import {
  buildCardApplication,
  buildEnrolment,
  buildFiling,
  buildProfile,
  buildReceiptCode,
  buildShanghaiEnrolment,
  NO_TIMELINE_RECORDS,
} from '../builders';
import { openRoute, sessionPerTest } from './browser';
import { todoStep } from './pages/todo-page';

/**
 * The built app with its clock moved forward, for a few of the year-long people (the engine's own year is
 * src/domain/timeline/year-long.test.ts): what the to-do shows on the days that used to go wrong.
 */
const newSession = sessionPerTest();
/** Noon in Shanghai on a day. */
const noon = (day: string) => new Date(`${day}T04:00:00Z`);

async function restore(page: Page, language: string, records: Record<string, unknown[]>) {
  const file = backupSchema.parse({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: '2026-09-01T08:00:00.000Z',
    data: { ...NO_TIMELINE_RECORDS, familyLinks: [], settings: [], ...records },
  });
  await openRoute(page, '/settings?lng=en');
  await page.getByLabel('Import backup').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await page.getByLabel(/Replace/).check();
  await page.getByRole('button', { name: 'Import now' }).click();
  await page.getByText('Restored: 1 person.', { exact: false }).waitFor();
  await openRoute(page, `/?lng=${language}`);
}

describe('the to-do as the calendar turns, in the built app', () => {
  it('zh: a missed 2026 enrolment is still overdue on 1 January 2027, beside next year’s window; it gives way in September', async () => {
    const { page, context } = await newSession();
    const student = buildProfile({ id: 'p-gone', name: '陈静', entryDate: '2025-09-01' });
    await context.clock.setFixedTime(noon('2026-10-15'));
    await restore(page, 'zh', {
      profiles: [student],
      receiptCodes: [buildReceiptCode({ profileId: 'p-gone' })],
      enrolments: [
        buildEnrolment({ id: 'en25', profileId: 'p-gone', year: 2025, confirmedOn: '2025-09-05' }),
      ],
    });
    await context.clock.setFixedTime(noon('2027-01-01'));
    await page.reload();
    const missed = todoStep(page, '2026–2027 年度参保');
    await missed.getByText('错过了参保期？仍可补缴').waitFor();
    expect(await missed.locator('.status-badge').first().textContent()).toBe('已逾期');
    // Next year's window, on its own dates (1–30 September 2027), not the heads-up days.
    const next = todoStep(page, '2027–2028 年度参保');
    expect(await next.locator('time').evaluateAll((t) => t.map((e) => e.getAttribute('datetime')))).toEqual([
      '2027-09-01',
      '2027-09-30',
    ]);

    await context.clock.setFixedTime(noon('2027-09-05'));
    await page.reload();
    await todoStep(page, '2027–2028 年度参保').locator('.status-badge', { hasText: '待办' }).waitFor();
    expect(await todoStep(page, '2026–2027 年度参保').count()).toBe(0);
  });

  it('es, a parent in Madrid: a trip filed as a draft on 27 December asks to be submitted before 10 January, and is overdue after it, by Shanghai’s date', async () => {
    const { page, context } = await newSession({ timezoneId: 'Europe/Madrid', locale: 'es-ES' });
    const student = buildProfile({ id: 'p-trip', name: 'Zhang Wei', entryDate: '2025-09-01' });
    await context.clock.setFixedTime(noon('2026-12-27'));
    await restore(page, 'es', {
      profiles: [student],
      enrolments: [
        buildEnrolment({ id: 'en26', profileId: 'p-trip', year: 2026, confirmedOn: '2026-09-08' }),
      ],
      filings: [
        buildFiling({
          id: 'F-HN',
          profileId: 'p-trip',
          type: 'temporary-travel',
          destinationProvince: '湖南省',
          destinationCity: '长沙市',
          startDate: '2027-01-10',
          status: 'draft',
        }),
      ],
    });
    const submit = todoStep(page, 'Envíe su registro 异地就医备案 para 长沙市 antes de salir');
    await submit.waitFor();
    expect(await submit.locator('time').first().getAttribute('datetime')).toBe('2027-01-10');
    expect(await todoStep(page, 'está vigente').count()).toBe(0);

    // 21:00 on 10 January in Madrid is already 11 January in Shanghai: the trip has started.
    await context.clock.setFixedTime(new Date('2027-01-10T20:00:00Z'));
    await page.reload();
    await submit.getByText('El viaje ya empezó').waitFor();
    expect(await submit.locator('.status-badge').first().textContent()).toBe('Atrasado');
  });

  it('en: a Shanghai second-year’s two payments on record bring back no overdue payment', async () => {
    const { page, context } = await newSession();
    const student = buildProfile({
      id: 'p-sh',
      name: 'Wang Fang',
      city: 'shanghai',
      entryDate: '2025-09-01',
    });
    await context.clock.setFixedTime(noon('2026-12-07'));
    await restore(page, 'en', {
      profiles: [student],
      shanghaiEnrolments: [
        buildShanghaiEnrolment({
          profileId: 'p-sh',
          entryYear: 2025,
          confirmedOn: '2025-09-15',
          accountResult: 'success',
          accountCheckedOn: '2025-09-15',
          eVoucherActivatedOn: '2025-09-16',
          payments: [
            { year: 2025, paidOn: '2025-11-20' },
            { year: 2026, paidOn: '2026-11-20' },
          ],
        }),
      ],
    });
    // Both recorded periods are answered: next year's period (for the 2028 premium) is the one coming up.
    await todoStep(page, 'Pay the 2028 premium').locator('.status-badge', { hasText: 'Coming up' }).waitFor();
    expect(await todoStep(page, 'Pay the 2026 premium').count()).toBe(0);
    const overdue = page.locator('main li.item--overdue, main section.next:has(.status-badge--overdue)', {
      hasText: 'premium',
    });
    expect(await overdue.count()).toBe(0);
  });

  it('en: a card applied for at a bank window just before a year without holiday data says its date is an estimate', async () => {
    const { page, context } = await newSession();
    // The first year the installed chinese-days does not cover (2027 with 1.5.7): a version bump moves it.
    const covered = Object.keys(holidayData.holidays).map((d) => Number(d.slice(0, 4)));
    const beyond = Math.max(...covered) + 1;
    const student = buildProfile({ id: 'p-card', name: 'Li Ming', entryDate: `${beyond - 2}-09-01` });
    await context.clock.setFixedTime(noon(`${beyond - 1}-12-28`));
    await restore(page, 'en', {
      profiles: [student],
      receiptCodes: [buildReceiptCode({ profileId: 'p-card' })],
      enrolments: [
        buildEnrolment({ profileId: 'p-card', year: beyond - 1, confirmedOn: `${beyond - 1}-09-05` }),
      ],
      cardApplications: [
        buildCardApplication({
          profileId: 'p-card',
          channel: 'bank-window',
          submittedOn: `${beyond - 1}-12-24`,
        }),
      ],
    });
    await todoStep(page, 'Collect your card at the bank')
      .getByText(`An estimate: ${beyond}'s public holidays are not published yet`)
      .waitFor();
  });
});
