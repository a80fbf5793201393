import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openRoute, sessionPerTest } from './browser';
import { MIGRATIONS } from '@/data/migrations';

/**
 * The frozen version-1 dumps (tests/fixtures/db/v1/, as the released v1 app wrote them) put into Chromium's
 * real IndexedDB the way v1 left it on a phone, then the app of today opens them: the same upgrade the unit
 * tests run in fake-indexeddb, in the browser the users have.
 */
const newSession = sessionPerTest();

interface Dump {
  version: number;
  stores: Record<string, string>;
  tables: Record<string, unknown[]>;
}
const dump = (file: string) =>
  JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/db/v1', file), 'utf8')) as Dump;

/** Writes a dump with the raw IndexedDB API, from a page of the origin that does not run the app. */
async function restore(page: Page, data: Dump) {
  await page.goto('/robots.txt');
  await page.evaluate(
    (d) =>
      new Promise<void>((resolve, reject) => {
        // Dexie keeps its version ×10 in IndexedDB; "id, a, b" is the primary key and two indexes.
        const request = indexedDB.open('yibao-companion', d.version * 10);
        request.onupgradeneeded = () => {
          for (const [name, spec] of Object.entries(d.stores)) {
            const [key, ...indexes] = spec.split(',').map((s) => s.trim());
            const store = request.result.createObjectStore(name, { keyPath: key });
            for (const index of indexes) store.createIndex(index, index);
          }
        };
        request.onerror = () => reject(new Error(String(request.error)));
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(Object.keys(d.tables), 'readwrite');
          for (const [name, rows] of Object.entries(d.tables))
            for (const row of rows) tx.objectStore(name).add(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
      }),
    data,
  );
}

/** The stored database as it is now: its IndexedDB version and the ids of a table. */
function stored(page: Page, table: string) {
  return page.evaluate(
    (name) =>
      new Promise<{ version: number; ids: string[] }>((resolve, reject) => {
        const request = indexedDB.open('yibao-companion');
        request.onerror = () => reject(new Error(String(request.error)));
        request.onsuccess = () => {
          const db = request.result;
          const all = db.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => {
            const version = db.version;
            db.close();
            resolve({ version, ids: (all.result as { id: string }[]).map((r) => r.id).sort() });
          };
        };
      }),
    table,
  );
}

describe('a phone upgraded from version 1, in Chromium', () => {
  it('keeps a whole version-1 database as it was, and says nothing', async () => {
    const { page } = await newSession();
    await restore(page, dump('complete.json'));
    await openRoute(page, '/profile?lng=en');
    // The active person of the dump, with every field.
    expect(await page.getByLabel('Full name', { exact: true }).inputValue()).toBe('Wang Fang');
    expect((await stored(page, 'filings')).ids).toEqual(['fi-1', 'fi-2']);
    // Upgraded through every migration (Dexie's version × 10).
    expect((await stored(page, 'receiptCodes')).version).toBe(MIGRATIONS.at(-1)!.version * 10);
    await openRoute(page, '/');
    expect(
      await page.getByRole('heading', { name: 'The app was updated and tidied your records' }).count(),
    ).toBe(0);
  });

  it('folds what version 1 let in twice into the newest, lists it once on the to-do screen, and forgets it when read', async () => {
    const { page } = await newSession();
    await restore(page, dump('with-duplicates-and-orphans.json'));
    await openRoute(page, '/?lng=en');
    const notice = page.getByRole('region', { name: 'The app was updated and tidied your records' });
    await notice.waitFor();
    const text = await notice.innerText();
    expect(text).toContain('receipt code (回执码): kept A1B2C3D4E5F');
    expect(text).toContain('removed Q1Q1Q1Q1Q1Q');
    expect(text).toContain('3 records of people no longer on this phone');
    expect((await stored(page, 'receiptCodes')).ids).toEqual(['rc-1']);
    expect((await stored(page, 'enrolments')).ids).toEqual(['en-2025', 'en-2026-b']);

    await notice.getByRole('button', { name: 'I have read this' }).click();
    await notice.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('main').waitFor();
    await page.getByRole('list').first().waitFor();
    expect(await notice.count()).toBe(0);
  });
});
