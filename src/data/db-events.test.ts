import { Dexie } from 'dexie';
import { afterAll, describe, expect, it } from 'vitest';
import { onDatabaseEvent, type DatabaseEvent } from './database-events';
import { DATABASE_NAME, db, openFailure } from './db';
import { MIGRATIONS } from './migrations';

/** The events the app frame turns into a notice (DatabaseNotice), as the data layer emits them. */
function nextEvent(): Promise<DatabaseEvent> {
  return new Promise((resolve) => {
    let seen = false;
    const stop = onDatabaseEvent((event) => {
      // onDatabaseEvent replays the last event first; wait for a new one.
      if (!seen) return;
      stop();
      resolve(event);
    });
    seen = true;
  });
}

/** A raw IndexedDB connection, as an old tab of the app holds it: it does not close on versionchange. */
function openRaw(version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE_NAME, version);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains('profiles'))
        request.result.createObjectStore('profiles', { keyPath: 'id' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

afterAll(async () => {
  db.close();
  await Dexie.delete(DATABASE_NAME);
});

describe('the database told apart from the page', () => {
  it('closes and says so when another tab opens a newer version', async () => {
    await db.open();
    const event = nextEvent();
    // Dexie keeps versions ×10 in IndexedDB: this is a version far beyond this app's.
    const newer = await openRaw((MIGRATIONS.at(-1)!.version + 5) * 10);
    expect(await event).toEqual({ type: 'versionchange' });
    expect(db.isOpen()).toBe(false);
    newer.close();
    await Dexie.delete(DATABASE_NAME);
  });

  it('says so when an old tab blocks the upgrade, and finishes once it closes', async () => {
    const old = await openRaw(10);
    const event = nextEvent();
    const opening = db.open();
    expect(await event).toEqual({ type: 'blocked' });
    old.close();
    await opening;
    expect(db.verno).toBe(MIGRATIONS.at(-1)!.version);
  });

  it('tells a newer version, a full disk and refused storage apart when the database will not open', () => {
    expect(openFailure(new Dexie.VersionError('lower version'))).toBe('newer');
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(openFailure(new Dexie.OpenFailedError('open failed', quota))).toBe('full');
    expect(
      openFailure(new Dexie.OpenFailedError('open failed', new DOMException('x', 'InvalidStateError'))),
    ).toBe('unavailable');
    expect(openFailure(new Dexie.MissingAPIError('no indexedDB'))).toBe('unavailable');
  });
});
