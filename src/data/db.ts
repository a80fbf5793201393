import { Dexie, type EntityTable } from 'dexie';
import type { RecordOf, TableName } from '@/domain/tables';
import { trackChanges } from './change-tracker';
import { MIGRATIONS } from './migrations';
import { DATABASE_NAME, emitDatabaseEvent, noteDatabaseOpened } from './database-events';

export { DATABASE_NAME };

/** The database: a Dexie table for each table of the registry (src/domain/tables.ts), typed by its records. */
export type YibaoDatabase = Dexie & { [T in TableName]: EntityTable<RecordOf<T>, 'id'> };

/** Opens (but does not yet connect) a database with every migration applied. */
export function createDatabase(name: string = DATABASE_NAME): YibaoDatabase {
  const database = new Dexie(name) as YibaoDatabase;
  for (const migration of MIGRATIONS) {
    const version = database.version(migration.version).stores(migration.stores);
    if (migration.upgrade) version.upgrade(migration.upgrade);
  }
  return database;
}

/** The one database of the app. */
export const db = createDatabase();
trackChanges(db);

// Another tab opened a newer version: close this connection so the upgrade can go on, and tell the user.
db.on('versionchange', () => {
  db.close();
  emitDatabaseEvent({ type: 'versionchange' });
  return false;
});
// This tab wants to upgrade but an older tab still holds the database open.
db.on('blocked', () => emitDatabaseEvent({ type: 'blocked' }));
// From here on the database exists (a first visit creates it): home is no longer the welcome alone.
noteDatabaseOpened();
db.open().catch((error: unknown) => emitDatabaseEvent({ type: 'unavailable', reason: openFailure(error) }));

/**
 * Why the database would not open, told apart for the user: a newer version of the app upgraded it in
 * another tab (VersionError), the disk is full (QuotaExceededError), or storage is refused (private mode,
 * blocked site data: anything else). Dexie wraps the browser's error as OpenFailedError with it inside.
 */
export function openFailure(error: unknown): 'newer' | 'full' | 'unavailable' {
  const names = [error, (error as { inner?: unknown } | null)?.inner].map((e) =>
    typeof e === 'object' && e !== null ? (e as { name?: unknown }).name : undefined,
  );
  if (names.includes('VersionError')) return 'newer';
  if (names.includes('QuotaExceededError')) return 'full';
  return 'unavailable';
}
