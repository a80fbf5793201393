import { z } from 'zod/mini';
import { entityIdSchema, timestampSchema } from '../common/schema';
import { SETTINGS_ID } from './defaults';
import { LANGUAGES } from './languages';

/** The app's own settings: one record. */
export const settingsSchema = z.object({
  id: z.literal(SETTINGS_ID),
  language: z.optional(z.enum(LANGUAGES)),
  /** Which profile is the phone's owner ("me"), and whose data the screens show. */
  meProfileId: z.optional(entityIdSchema),
  activeProfileId: z.optional(entityIdSchema),
  largeText: z._default(z.boolean(), false),
  lastBackupAt: z.optional(timestampSchema),
});
export type Settings = z.infer<typeof settingsSchema>;
