import { shanghaiEnrolmentSchema, type ShanghaiEnrolment } from '@/domain/shanghai/schema';
import { db } from '../db';
import { newId } from '../ids';
import { nextUpdatedAt, requirePeople, requireUnchanged, type SeenVersion } from './write-guards';

export async function getShanghaiEnrolment(profileId: string): Promise<ShanghaiEnrolment | undefined> {
  return db.shanghaiEnrolments.where('profileId').equals(profileId).first();
}

/** One record per person: saving again updates it. */
export async function saveShanghaiEnrolment(
  input: Record<string, unknown> & { profileId: string },
  seen?: SeenVersion,
) {
  return db.transaction('rw', db.profiles, db.shanghaiEnrolments, async () => {
    await requirePeople(input.profileId);
    const existing = await getShanghaiEnrolment(input.profileId);
    requireUnchanged(existing, seen);
    const record = shanghaiEnrolmentSchema.parse({
      ...input,
      id: existing?.id ?? newId(),
      updatedAt: nextUpdatedAt(existing?.updatedAt),
    });
    await db.shanghaiEnrolments.put(record);
    return record;
  });
}
