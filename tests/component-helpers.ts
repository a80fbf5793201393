import { afterEach, beforeEach, vi } from 'vitest';
import { db } from '@/data/db';
import { saveProfile } from '@/data/repositories/profiles';
import type { ProfileInput } from '@/domain/profile/schema';
import { buildProfile } from './builders';

/** Each test starts with an empty database (fake-indexeddb) and real timers. */
export function freshDatabaseEachTest() {
  afterEach(async () => {
    vi.useRealTimers();
    await db.delete();
    await db.open();
  });
}

/** "Today" is this instant for every test of the file (only Date is faked; timers run normally). */
export function fixedToday(instant = '2026-11-22T04:00:00Z') {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(instant));
  });
}

/** Saves a valid person (a Shenzhen student unless overridden) as the app would. */
export async function addPerson(overrides: Partial<ProfileInput> = {}) {
  const { id: _id, ...profile } = buildProfile(overrides);
  return saveProfile(profile);
}

/**
 * Holds the next database transaction until `release()`: the state a screen shows while a write is still
 * on its way. `restore()` (in a finally) puts the database back as it was.
 */
export function holdNextTransaction() {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const transaction = db.transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
  const spy = vi
    .spyOn(db, 'transaction')
    .mockImplementationOnce(((...args: unknown[]) => held.then(() => transaction(...args))) as never);
  return { release, restore: () => spy.mockRestore() };
}
