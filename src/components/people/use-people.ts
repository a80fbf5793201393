import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/data/db';
import { DEFAULT_SETTINGS, SETTINGS_ID } from '@/domain/settings/defaults';
import { listProfiles } from '@/data/repositories/profile-list';

/** Everyone on this device, plus who is "me" and who is active. `undefined` while loading. */
export function usePeople() {
  return useLiveQuery(async () => {
    const [profiles, settings] = await Promise.all([listProfiles(), db.settings.get(SETTINGS_ID)]);
    const current = settings ?? DEFAULT_SETTINGS;
    const active = profiles.find((p) => p.id === current.activeProfileId) ?? profiles[0];
    return { profiles, settings: current, active };
  });
}
