import { Dexie, type EntityTable } from 'dexie';
import type { CardApplication, ReceiptCode } from '@/domain/card/schema';
import type { ClinicBinding } from '@/domain/clinic/schema';
import type { Enrolment } from '@/domain/enrolment/schema';
import type { FamilyLink } from '@/domain/family/schema';
import type { Filing } from '@/domain/filing/schema';
import type { Profile } from '@/domain/profile/schema';
import type { Settings } from '@/domain/settings/schema';
import type { ShanghaiEnrolment } from '@/domain/shanghai/schema';
import type { Todo } from '@/domain/todo/schema';
import { trackChanges } from './change-tracker';
import { MIGRATIONS } from './migrations';
import { DATABASE_NAME, emitDatabaseEvent, noteDatabaseOpened } from './database-events';

export { DATABASE_NAME };

export type YibaoDatabase = Dexie & {
  profiles: EntityTable<Profile, 'id'>;
  receiptCodes: EntityTable<ReceiptCode, 'id'>;
  cardApplications: EntityTable<CardApplication, 'id'>;
  clinicBindings: EntityTable<ClinicBinding, 'id'>;
  enrolments: EntityTable<Enrolment, 'id'>;
  filings: EntityTable<Filing, 'id'>;
  shanghaiEnrolments: EntityTable<ShanghaiEnrolment, 'id'>;
  familyLinks: EntityTable<FamilyLink, 'id'>;
  todos: EntityTable<Todo, 'id'>;
  settings: EntityTable<Settings, 'id'>;
};

export { PROFILE_RECORD_TABLES } from '@/domain/backup/tables';

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
