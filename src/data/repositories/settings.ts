import { DEFAULT_SETTINGS, SETTINGS_ID } from '@/domain/settings/defaults';
import type { Setup } from '@/domain/settings/audience';
import { settingsSchema, type Settings } from '@/domain/settings/schema';
import { db } from '../db';

export async function getSettings(): Promise<Settings> {
  const stored = await db.settings.get(SETTINGS_ID);
  return stored ?? DEFAULT_SETTINGS;
}

export async function updateSettings(changes: Partial<Omit<Settings, 'id'>>): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = settingsSchema.parse({ ...(await getSettings()), ...changes, id: SETTINGS_ID });
    await db.settings.put(next);
    return next;
  });
}

/** The user has read what the last database upgrade changed: the note goes away for good. */
export async function dismissUpgradeReport(): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const { upgradeReport: _read, ...rest } = await getSettings();
    await db.settings.put(settingsSchema.parse(rest));
  });
}

/** Saves the first visit's answers (who uses the app, the student's city and document). */
export async function saveSetup(setup: Setup): Promise<Settings> {
  return updateSettings({ setup });
}
