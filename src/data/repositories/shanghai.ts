import { shanghaiEnrolmentSchema, type ShanghaiEnrolment } from '@/domain/shanghai/schema';
import { db } from '../db';
import { newId } from '../ids';

export async function getShanghaiEnrolment(profileId: string): Promise<ShanghaiEnrolment | undefined> {
  return db.shanghaiEnrolments.where('profileId').equals(profileId).last();
}

/** One record per person: saving again updates it. */
export async function saveShanghaiEnrolment(input: Record<string, unknown> & { profileId: string }) {
  return db.transaction('rw', db.shanghaiEnrolments, async () => {
    const existing = await getShanghaiEnrolment(input.profileId);
    const record = shanghaiEnrolmentSchema.parse({ ...input, id: existing?.id ?? newId() });
    await db.shanghaiEnrolments.put(record);
    return record;
  });
}
