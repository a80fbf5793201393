import { z } from 'zod';
import { entityIdSchema, timestampSchema } from '../common/schema';
import { SETTINGS_ID } from './defaults';
import { LANGUAGES } from './languages';

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
