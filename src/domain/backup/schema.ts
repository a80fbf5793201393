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
import { BACKUP_TABLES, type BackupTable } from './tables';

/** The backup file: one JSON object, versioned. See docs/backup-format.md. */
export const BACKUP_FORMAT = 'yibao-companion-backup';
export const BACKUP_VERSION = 2;
/** A sane size for a family's data (10,000 records is about 3 MB). */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;
/**
 * What a backup may hold: as much as the screens can carry (the People screen and the person picker list
 * everyone; the to-do list and timeline are measured up to 10,000 records, README Numbers). A file over
 * these is refused as a whole, saying so.
 */
export const MAX_PEOPLE = 50;
export const MAX_RECORDS = 20_000;

export { BACKUP_TABLES, type BackupTable } from './tables';

/** Each table's record schema. */
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
} as const satisfies Record<BackupTable, z.ZodMiniType>;

const many = <T extends z.ZodMiniType>(schema: T) =>
  z.array(schema).check(z.maxLength(MAX_RECORDS, { error: 'settings:backup.errors.tooMany' }));

export const backupDataSchema = z
  .strictObject({
    profiles: z
      .array(profileSchema)
      .check(z.maxLength(MAX_PEOPLE, { error: 'settings:backup.errors.tooMany' })),
    receiptCodes: many(receiptCodeSchema),
    cardApplications: many(cardApplicationSchema),
    clinicBindings: many(clinicBindingSchema),
    enrolments: many(enrolmentSchema),
    filings: many(filingSchema),
    shanghaiEnrolments: many(shanghaiEnrolmentSchema),
    familyLinks: many(familyLinkSchema),
    todos: many(todoSchema),
    settings: z.array(settingsSchema).check(z.maxLength(1)),
  })
  .check(
    z.superRefine((data, ctx) => {
      for (const table of BACKUP_TABLES) {
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
