import { familyLinkSchema, type FamilyLink } from '@/domain/family/schema';
import { db } from '../db';
import { newId } from '../ids';

/** Links in which this person is the authorised member. */
export async function listFamilyLinks(memberProfileId: string): Promise<FamilyLink[]> {
  return db.familyLinks.where('profileId').equals(memberProfileId).toArray();
}

export async function saveFamilyLink(input: Record<string, unknown> & { id?: string }): Promise<FamilyLink> {
  const link = familyLinkSchema.parse({ ...input, id: input.id ?? newId() });
  await db.familyLinks.put(link);
  return link;
}

export async function deleteFamilyLink(id: string): Promise<void> {
  await db.familyLinks.delete(id);
}
