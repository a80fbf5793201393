import { z } from 'zod';
import { entityIdSchema, timestampSchema } from '../common/schema';
import { LANGUAGES } from './languages';

export const SETTINGS_ID = 'app';

/** The app's own settings: one record. */
export const settingsSchema = z.object({
  id: z.literal(SETTINGS_ID),
  language: z.enum(LANGUAGES).optional(),
  /** Which profile is the phone's owner ("me"), and whose data the screens show. */
  meProfileId: entityIdSchema.optional(),
  activeProfileId: entityIdSchema.optional(),
  largeText: z.boolean().default(false),
  lastBackupAt: timestampSchema.optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = { id: SETTINGS_ID, largeText: false };
