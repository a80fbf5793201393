import type { Profile } from '@/domain/profile/schema';
import { db } from '../db';
import { rememberPeopleCount } from '../device-hints';

/**
 * Everyone on the device, by name. Kept apart from the writers so reading screens need not load zod.
 * Every read also refreshes the hint that lets the next first paint welcome a phone with nobody on it.
 */
export async function listProfiles(): Promise<Profile[]> {
  const profiles = await db.profiles.orderBy('name').toArray();
  rememberPeopleCount(profiles.length);
  return profiles;
}
