import { familyLinkSchema, type FamilyLink } from '@/domain/family/schema';
import { db } from '../db';
import { newId } from '../ids';
import { checkedForWrite, type SeenVersion } from './write-guards';

/** Links in which this person is the authorised member. */
export async function listFamilyLinks(memberProfileId: string): Promise<FamilyLink[]> {
  return db.familyLinks.where('profileId').equals(memberProfileId).toArray();
}

/** Stores a link, if both the member and the authoriser are still on the phone. */
export async function saveFamilyLink(
  input: Record<string, unknown> & { id?: string },
  seen?: SeenVersion,
): Promise<FamilyLink> {
  const draft = familyLinkSchema.parse({ ...input, id: input.id ?? newId() });
  return db.transaction('rw', db.profiles, db.familyLinks, async () => {
    const link = await checkedForWrite(db.familyLinks, draft, Boolean(input.id), seen, [
      draft.profileId,
      draft.authoriserProfileId,
    ]);
    await db.familyLinks.put(link);
    return link;
  });
}

export async function deleteFamilyLink(id: string): Promise<void> {
  await db.familyLinks.delete(id);
}
