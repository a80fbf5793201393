import { z } from 'zod/mini';
import { entityIdSchema, isoDateSchema, timestampSchema } from '../common/schema';
import { ID_TYPES } from '../identity/id-document';
import { CITIES } from '../profile/schema';
import { ROLES } from './audience';
import { SETTINGS_ID } from './defaults';

const gistSchema = z.object({
  label: z.optional(z.string().check(z.maxLength(100))),
  date: z.optional(isoDateSchema),
});

/**
 * What an upgrade of the database changed in the user's data (migration 0002: records that were one record
 * twice, folded into the newest; records of people no longer on the phone), shown once on the to-do screen
 * until the user dismisses it. Kept on this phone only: backups leave it out.
 */
export const upgradeReportSchema = z.object({
  at: timestampSchema,
  merged: z
    .array(
      z.object({
        // The tables migration 0002 folded, as it was released (a later one-per-person table is never in it).
        table: z.enum(['receiptCodes', 'cardApplications', 'enrolments', 'shanghaiEnrolments']),
        profileName: z.string().check(z.maxLength(60)),
        kept: gistSchema,
        removed: z.array(gistSchema).check(z.maxLength(100)),
      }),
    )
    .check(z.maxLength(500)),
  orphansRemoved: z.int().check(z.nonnegative()),
});
export type UpgradeReport = z.infer<typeof upgradeReportSchema>;

/** The first visit's answers (src/domain/settings/audience.ts): who uses the app, for which city and document. */
export const setupSchema = z.object({
  role: z.enum(ROLES),
  city: z.enum(CITIES),
  idType: z.enum(ID_TYPES),
  followOnly: z.optional(z.boolean()),
});

/** The app's own settings: one record. */
export const settingsSchema = z.object({
  id: z.literal(SETTINGS_ID),
  /** Which profile is the phone's owner ("me"), and whose data the screens show. */
  meProfileId: z.optional(entityIdSchema),
  activeProfileId: z.optional(entityIdSchema),
  setup: z.optional(setupSchema),
  lastBackupAt: z.optional(timestampSchema),
  upgradeReport: z.optional(upgradeReportSchema),
});
export type Settings = z.infer<typeof settingsSchema>;
