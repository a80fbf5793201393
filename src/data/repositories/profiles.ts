import { profileSchema, type Profile, type ProfileInput } from '@/domain/profile/schema';
import { DEFAULT_SETTINGS, SETTINGS_ID } from '@/domain/settings/defaults';
import { settingsSchema } from '@/domain/settings/schema';
import { PERSON_TABLES } from '@/domain/tables';
import { db } from '../db';
import { rememberPeopleCount } from '../device-hints';
import { newId } from '../ids';
import { MissingPersonError, nextUpdatedAt, requireUnchanged, type SeenVersion } from './write-guards';

/**
 * Validates and stores a profile (new when it has no id), in one transaction with who is "me":
 * `isMe` true makes this person "me", false takes it away from them, and left out, the first person saved
 * on a device becomes "me". The first person saved also becomes the active person. Given `seen` (what the
 * form opened), the person must still be there and unchanged since.
 */
export async function saveProfile(
  input: Omit<ProfileInput, 'id'> & { id?: string | undefined },
  options: { isMe?: boolean; seen?: SeenVersion } = {},
): Promise<Profile> {
  const draft = profileSchema.parse({ ...input, id: input.id ?? newId() });
  const saved = await db.transaction('rw', db.profiles, db.settings, async () => {
    const existing = input.id ? await db.profiles.get(input.id) : undefined;
    if (options.seen && !existing) throw new MissingPersonError(draft.id);
    requireUnchanged(existing, options.seen);
    const profile = { ...draft, updatedAt: nextUpdatedAt(existing?.updatedAt) };
    await db.profiles.put(profile);
    const settings = (await db.settings.get(SETTINGS_ID)) ?? DEFAULT_SETTINGS;
    let meProfileId: string | undefined = settings.meProfileId ?? profile.id;
    if (options.isMe === true) meProfileId = profile.id;
    if (options.isMe === false && meProfileId === profile.id) meProfileId = undefined;
    await db.settings.put(
      settingsSchema.parse({
        ...settings,
        meProfileId,
        activeProfileId: settings.activeProfileId ?? profile.id,
      }),
    );
    return profile;
  });
  rememberPeopleCount(1);
  return saved;
}

/** Makes a person the one whose data the screens show. */
export async function setActiveProfile(profileId: string): Promise<void> {
  await db.transaction('rw', db.profiles, db.settings, async () => {
    if (!(await db.profiles.get(profileId))) throw new Error(`No profile ${profileId}`);
    const settings = (await db.settings.get(SETTINGS_ID)) ?? DEFAULT_SETTINGS;
    await db.settings.put(settingsSchema.parse({ ...settings, activeProfileId: profileId }));
  });
}

/** Deletes a person and every record that belongs to them, in one transaction. */
export async function deleteProfile(profileId: string): Promise<void> {
  const tables = [db.profiles, db.settings, ...PERSON_TABLES.map((name) => db.table(name))];
  await db.transaction('rw', tables, async () => {
    for (const name of PERSON_TABLES) {
      await db.table(name).where('profileId').equals(profileId).delete();
    }
    await db.familyLinks.where('authoriserProfileId').equals(profileId).delete();
    await db.profiles.delete(profileId);
    const settings = (await db.settings.get(SETTINGS_ID)) ?? DEFAULT_SETTINGS;
    const remaining = await db.profiles.orderBy('name').first();
    await db.settings.put(
      settingsSchema.parse({
        ...settings,
        meProfileId: settings.meProfileId === profileId ? undefined : settings.meProfileId,
        activeProfileId: settings.activeProfileId === profileId ? remaining?.id : settings.activeProfileId,
      }),
    );
  });
  rememberPeopleCount(await db.profiles.count());
}
