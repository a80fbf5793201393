import { z } from 'zod/mini';
import { cardApplicationSchema, receiptCodeSchema } from '../card/schema';
import { clinicBindingSchema } from '../clinic/schema';
import { timestampSchema } from '../common/schema';
import { enrolmentSchema } from '../enrolment/schema';
import { familyLinkSchema } from '../family/schema';
import { filingSchema } from '../filing/schema';
import { profileSchema } from '../profile/schema';
import { settingsSchema } from '../settings/schema';
import { shanghaiEnrolmentSchema } from '../shanghai/schema';
import { todoSchema } from '../todo/schema';
import { TABLE_NAMES, TABLES, type TableName } from '../tables';

/** The backup file: one JSON object, versioned. See docs/backup-format.md. */
export const BACKUP_FORMAT = 'yibao-companion-backup';
export const BACKUP_VERSION = 2;
/** A sane size for a family's data (10,000 records is about 3 MB). */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;
/**
 * What a backup may hold: as much as the screens can carry (the People screen and the person picker list
 * everyone; the to-do list and timeline are measured up to 10,000 records, docs/benchmarks.md). A file over
 * these is refused as a whole, saying so.
 */
export const MAX_PEOPLE = 50;
export const MAX_RECORDS = 20_000;

/** Each table's record schema (the registry, src/domain/tables.ts, lists the tables). */
export const BACKUP_RECORD_SCHEMAS = {
  profiles: profileSchema,
  receiptCodes: receiptCodeSchema,
  cardApplications: cardApplicationSchema,
  clinicBindings: clinicBindingSchema,
  enrolments: enrolmentSchema,
  filings: filingSchema,
  shanghaiEnrolments: shanghaiEnrolmentSchema,
  familyLinks: familyLinkSchema,
  todos: todoSchema,
  settings: settingsSchema,
} as const satisfies Record<TableName, z.ZodMiniType>;

type RecordSchemas = typeof BACKUP_RECORD_SCHEMAS;

/**
 * A table in a backup: at most MAX_PEOPLE people, one settings record, MAX_RECORDS records of each other
 * table; a table added after the first format imports as empty from a file written before it.
 */
function backupTable<T extends TableName>(name: T) {
  const { owner } = TABLES[name];
  const most = owner === 'people' ? MAX_PEOPLE : owner === 'app' ? 1 : MAX_RECORDS;
  const list = z
    .array(BACKUP_RECORD_SCHEMAS[name] as RecordSchemas[T])
    .check(z.maxLength(most, { error: 'settings:backup.errors.tooMany' }));
  return 'inBackupSince' in TABLES[name] ? z._default(list, () => []) : list;
}

export const backupDataSchema = z
  .strictObject(
    Object.fromEntries(TABLE_NAMES.map((name) => [name, backupTable(name)])) as {
      [T in TableName]: z.ZodMiniArray<RecordSchemas[T]>;
    },
  )
  .check(
    z.superRefine((data, ctx) => {
      for (const table of TABLE_NAMES) {
        const ids = new Set<string>();
        for (const record of data[table] as { id: string }[]) {
          if (ids.has(record.id)) {
            ctx.addIssue({ code: 'custom', path: [table], message: 'settings:backup.errors.duplicateId' });
            break;
          }
          ids.add(record.id);
        }
      }
    }),
  );
export type BackupData = z.infer<typeof backupDataSchema>;

export const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: timestampSchema,
  appVersion: z.optional(z.string().check(z.maxLength(40))),
  data: backupDataSchema,
});
export type Backup = z.infer<typeof backupSchema>;
