import { liveQuery } from 'dexie';
import { SETTINGS_ID } from '@/domain/settings/defaults';
import { tabSetFor } from '@/domain/settings/audience';
import { db } from '../db';
import { listProfiles } from './profile-list';

/**
 * The bottom tabs the data asks for, as it changes: the first visit's answers and the student's city, also
 * when they change in another tab or come in with a backup (src/app/layout/app-shell.tsx follows it).
 */
export function watchTabSet() {
  return liveQuery(async () => {
    const [profiles, settings] = await Promise.all([listProfiles(), db.settings.get(SETTINGS_ID)]);
    return tabSetFor(settings?.setup, profiles, settings?.meProfileId);
  });
}
