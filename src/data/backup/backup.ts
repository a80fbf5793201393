import { planImport, type ImportMode, type ImportPlan, type Prefer } from '@/domain/backup/plan';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  backupDataSchema,
  BACKUP_RECORD_SCHEMAS,
  type Backup,
  type BackupData,
} from '@/domain/backup/schema';
import { dateInTimeZone } from '@/domain/dates/iso-date';
import { TABLE_NAMES, type TableName } from '@/domain/tables';
import { DEFAULT_SETTINGS, SETTINGS_ID } from '@/domain/settings/defaults';
import { settingsSchema } from '@/domain/settings/schema';
import { db } from '../db';
import { rememberPeopleCount } from '../device-hints';
import { newId } from '../ids';

const tables = () => TABLE_NAMES.map((name) => db.table(name));

/** Everything on the device, read in one transaction. */
export async function readAllData(): Promise<BackupData> {
  return db.transaction('r', tables(), async () => {
    const entries = await Promise.all(
      TABLE_NAMES.map(async (name) => [name, await db.table(name).toArray()] as const),
    );
    return Object.fromEntries(entries) as BackupData;
  });
}

const NOTHING: BackupData = Object.fromEntries(TABLE_NAMES.map((t) => [t, []])) as unknown as BackupData;

/**
 * The data as a backup file may hold it, so that import never refuses a file this app wrote: each record
 * through its schema (one an older version let in, say a year-9999 date, is left out), then one record per
 * key and no record of a missing person (as import makes them). Returns how many records were left out.
 */
export function exportableData(data: BackupData): { data: BackupData; leftOut: number } {
  let leftOut = 0;
  const valid = Object.fromEntries(
    TABLE_NAMES.map((table) => {
      const schema = BACKUP_RECORD_SCHEMAS[table];
      const kept = (data[table] as unknown[]).flatMap((record) => {
        const parsed = schema.safeParse(record);
        if (!parsed.success) leftOut += 1;
        return parsed.success ? [parsed.data] : [];
      });
      return [table, kept];
    }),
  ) as unknown as BackupData;
  const plan = planImport(NOTHING, valid, 'replace', 'newer', newId);
  leftOut += plan.leftOut + plan.fileDuplicates.reduce((sum, set) => sum + set.removed.length, 0);
  return { data: backupDataSchema.parse(plan.data), leftOut };
}

/**
 * The backup file for everything on the device. Records the export time as the last backup, so the
 * reminder knows. `now` is an ISO timestamp.
 */
export async function exportBackup(
  now: string,
  appVersion: string,
): Promise<{ fileName: string; json: string; leftOut: number }> {
  const { data, leftOut } = exportableData(await readAllData());
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
  return { fileName: `yibao-backup-${dateInTimeZone(new Date(now))}.json`, json, leftOut };
}

/** What an import did, for the message after it. */
export interface ImportResult {
  people: number;
  leftOut: number;
  conflicts: number;
}

/**
 * Writes a validated backup in one transaction: all or nothing, and exactly what `planImport` works out from
 * the phone's data as it is inside the transaction (the preview showed the same plan):
 * - replace: the device ends up holding the backup (records of people it does not hold left out);
 * - merge: the backup's people and records are added; where both hold a record, the newer edit is kept
 *   (or the file's, if the user chose so); this device's settings are kept.
 */
export async function importBackup(
  backup: Backup,
  mode: ImportMode,
  prefer: Prefer = 'newer',
): Promise<ImportResult> {
  let plan: ImportPlan | undefined;
  await db.transaction('rw', tables(), async () => {
    const phone = Object.fromEntries(
      await Promise.all(TABLE_NAMES.map(async (name) => [name, await db.table(name).toArray()] as const)),
    ) as BackupData;
    plan = planImport(phone, backup.data, mode, prefer, newId);
    for (const name of TABLE_NAMES) await writeTable(name, phone[name], plan.data[name]);
  });
  const people = await db.profiles.count();
  rememberPeopleCount(people);
  return { people, leftOut: plan?.leftOut ?? 0, conflicts: plan?.conflicts.length ?? 0 };
}

/** Makes a table hold exactly `next`: deletes first (so the unique keys never meet twice), then writes what changed. */
async function writeTable(name: TableName, current: readonly object[], next: readonly object[]) {
  const table = db.table(name);
  const nextIds = new Set(next.map((record) => (record as { id: string }).id));
  const before = new Map(current.map((record) => [(record as { id: string }).id, JSON.stringify(record)]));
  await table.bulkDelete([...before.keys()].filter((id) => !nextIds.has(id)));
  const changed = next.filter(
    (record) => before.get((record as { id: string }).id) !== JSON.stringify(record),
  );
  if (changed.length > 0) await table.bulkPut(changed);
}

/** Removes every record on the device, in one transaction. */
export async function deleteAllData(): Promise<void> {
  await db.transaction('rw', tables(), async () => {
    for (const table of tables()) await table.clear();
  });
  rememberPeopleCount(0);
}
