import { afterEach, vi } from 'vitest';
import { DATABASE_NAME } from '@/data/database-events';

/**
 * Plain IndexedDB for unit tests that must not load Dexie (src/data/db.ts opens, and so creates, the app's
 * database as soon as it is imported): a database that exists, with nothing in it, or none at all.
 */
export function createBareDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

export function deleteBareDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

/** After each test, as on a phone the app never saw: no app database, no hints, no mocks. */
export function neverSeenAfterEach() {
  afterEach(async () => {
    vi.restoreAllMocks();
    localStorage.clear();
    await deleteBareDatabase(DATABASE_NAME);
  });
}
