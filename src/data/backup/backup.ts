import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
  missingProfiles,
  type Backup,
  type BackupData,
} from '@/domain/backup/schema';
import { dateInTimeZone } from '@/domain/dates/iso-date';
import { DEFAULT_SETTINGS, SETTINGS_ID } from '@/domain/settings/defaults';
import { settingsSchema } from '@/domain/settings/schema';
import { db } from '../db';
import { rememberPeopleCount } from '../device-hints';

const tables = () => BACKUP_TABLES.map((name) => db.table(name));

/** Everything on the device, read in one transaction. */
export async function readAllData(): Promise<BackupData> {
  return db.transaction('r', tables(), async () => {
    const entries = await Promise.all(
      BACKUP_TABLES.map(async (name) => [name, await db.table(name).toArray()] as const),
    );
    return Object.fromEntries(entries) as BackupData;
  });
}

/**
 * The backup file for everything on the device. Records the export time as the last backup, so the
 * reminder knows. `now` is an ISO timestamp.
 */
export async function exportBackup(
  now: string,
  appVersion: string,
): Promise<{ fileName: string; json: string }> {
  const data = await readAllData();
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now,
    appVersion,
    data,
  };
  const json = JSON.stringify(backup, null, 1);
  await db.transaction('rw', db.settings, async () => {
    const settings = (await db.settings.get(SETTINGS_ID)) ?? DEFAULT_SETTINGS;
    await db.settings.put(settingsSchema.parse({ ...settings, lastBackupAt: now }));
  });
  // Named by the day in China, as every date in the app: a backup made at 1 a.m. in Shenzhen is that day's.
  return { fileName: `yibao-backup-${dateInTimeZone(new Date(now))}.json`, json };
}

export class BrokenLinksError extends Error {
  constructor() {
    super('Records point to people the data does not hold');
    this.name = 'BrokenLinksError';
  }
}

/**
 * Writes a validated backup in one transaction: all or nothing.
 * - replace: the device ends up holding exactly the backup;
 * - merge: the backup's records are added, and win over records with the same id; this device's
 *   settings are kept (only unset "me"/"active" are filled in).
 */
export async function importBackup(backup: Backup, mode: 'replace' | 'merge'): Promise<void> {
  await db.transaction('rw', tables(), async () => {
    if (mode === 'replace') {
      for (const table of tables()) await table.clear();
      for (const name of BACKUP_TABLES) await db.table(name).bulkAdd(backup.data[name]);
      return;
    }
    const existingProfiles = (await db.profiles.toCollection().primaryKeys()) as string[];
    if (missingProfiles(backup.data, existingProfiles).length > 0) throw new BrokenLinksError();
    for (const name of BACKUP_TABLES) {
      if (name === 'settings') continue;
      await db.table(name).bulkPut(backup.data[name]);
    }
    const current = (await db.settings.get(SETTINGS_ID)) ?? DEFAULT_SETTINGS;
    const incoming = backup.data.settings[0];
    await db.settings.put(
      settingsSchema.parse({
        ...current,
        meProfileId: current.meProfileId ?? incoming?.meProfileId,
        activeProfileId: current.activeProfileId ?? incoming?.activeProfileId ?? backup.data.profiles[0]?.id,
      }),
    );
  });
  rememberPeopleCount(await db.profiles.count());
}

/** Removes every record on the device, in one transaction. */
export async function deleteAllData(): Promise<void> {
  await db.transaction('rw', tables(), async () => {
    for (const table of tables()) await table.clear();
  });
  rememberPeopleCount(0);
}
