import { describe, expect, it, vi } from 'vitest';
import { createBareDatabase, deleteBareDatabase, neverSeenAfterEach } from '../../tests/indexeddb';

/** The module remembers whether this page opened the database: each test gets a page of its own. */
async function freshPage() {
  vi.resetModules();
  return import('./database-events');
}

neverSeenAfterEach();

describe("whether the app's database exists, known without Dexie", () => {
  it('is false only when the browser lists no such database, and true once there is one', async () => {
    const { DATABASE_NAME, databaseMayExist } = await freshPage();
    await deleteBareDatabase(DATABASE_NAME);
    await createBareDatabase('some-other-app');
    expect(await databaseMayExist()).toBe(false);
    await createBareDatabase(DATABASE_NAME);
    expect(await databaseMayExist()).toBe(true);
    await deleteBareDatabase('some-other-app');
  });

  it('is true once this page has opened the database, whatever the browser lists', async () => {
    const { databaseMayExist, databaseOpenedHere, noteDatabaseOpened } = await freshPage();
    expect(databaseOpenedHere()).toBe(false);
    noteDatabaseOpened();
    expect(databaseOpenedHere()).toBe(true);
    expect(await databaseMayExist()).toBe(true);
  });

  it('says "maybe" (true) where the browser cannot list databases, or refuses to', async () => {
    const { databaseMayExist } = await freshPage();
    const databases = vi.spyOn(indexedDB, 'databases');
    databases.mockRejectedValue(new DOMException('Storage is blocked', 'SecurityError'));
    expect(await databaseMayExist()).toBe(true);
    databases.mockRestore();
    // Firefox before 126: no databases() at all.
    Object.defineProperty(indexedDB, 'databases', { value: undefined, configurable: true });
    try {
      expect(await databaseMayExist()).toBe(true);
    } finally {
      delete (indexedDB as { databases?: unknown }).databases; // the prototype's own again
    }
  });
});
