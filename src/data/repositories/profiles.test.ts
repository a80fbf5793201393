import { afterEach, describe, expect, it } from 'vitest';
import { buildCardApplication, buildFamilyLink, buildFiling, buildProfile } from '../../../tests/builders';
import { db } from '../db';
import { listProfiles } from './profile-list';
import { deleteProfile, saveProfile, setActiveProfile } from './profiles';
import { getSettings } from './settings';

afterEach(async () => {
  await db.delete();
  await db.open();
});

const input = (overrides = {}) => {
  const { id: _id, ...rest } = buildProfile(overrides);
  return rest;
};

describe('profiles repository', () => {
  it('makes the first person saved "me" and the active person', async () => {
    const first = await saveProfile(input());
    const second = await saveProfile(input({ name: 'Wang Fang' }));
    const settings = await getSettings();
    expect(settings.meProfileId).toBe(first.id);
    expect(settings.activeProfileId).toBe(first.id);
    expect((await listProfiles()).map((p) => p.id).sort()).toEqual([first.id, second.id].sort());
  });

  it('moves "me" when asked, and clears it when it is taken away', async () => {
    const first = await saveProfile(input());
    const second = await saveProfile(input({ name: 'Wang Fang' }), { isMe: true });
    expect((await getSettings()).meProfileId).toBe(second.id);
    await saveProfile({ ...input({ name: 'Wang Fang' }), id: second.id }, { isMe: false });
    expect((await getSettings()).meProfileId).toBeUndefined();
    await setActiveProfile(second.id);
    expect((await getSettings()).activeProfileId).toBe(second.id);
    expect(first.id).not.toBe(second.id);
  });

  it('writes nothing when a field is invalid', async () => {
    await expect(saveProfile({ ...input(), mobile: '12345' })).rejects.toThrow();
    expect(await db.profiles.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
  });

  it('deletes a person with every record that belongs to them, and nobody else’s', async () => {
    const child = await saveProfile(input({ name: 'Child' }));
    const parent = await saveProfile(input({ name: 'Parent' }));
    await db.cardApplications.bulkPut([
      buildCardApplication({ id: 'c1', profileId: child.id }),
      buildCardApplication({ id: 'c2', profileId: parent.id }),
    ]);
    await db.filings.put(buildFiling({ id: 'f1', profileId: child.id }));
    await db.familyLinks.put(
      buildFamilyLink({ id: 'l1', profileId: child.id, authoriserProfileId: parent.id }),
    );

    await deleteProfile(parent.id);
    expect((await listProfiles()).map((p) => p.name)).toEqual(['Child']);
    expect((await db.cardApplications.toArray()).map((c) => c.id)).toEqual(['c1']);
    expect(await db.filings.count()).toBe(1);
    expect(await db.familyLinks.count()).toBe(0);

    await deleteProfile(child.id);
    expect(await db.cardApplications.count()).toBe(0);
    expect(await db.filings.count()).toBe(0);
    const settings = await getSettings();
    expect(settings.meProfileId).toBeUndefined();
    expect(settings.activeProfileId).toBeUndefined();
  });
});
