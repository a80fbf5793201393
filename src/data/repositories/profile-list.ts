import type { Profile } from '@/domain/profile/schema';
import { db } from '../db';

/** Everyone on the device, by name. Kept apart from the writers so reading screens need not load zod. */
export async function listProfiles(): Promise<Profile[]> {
  return db.profiles.orderBy('name').toArray();
}
