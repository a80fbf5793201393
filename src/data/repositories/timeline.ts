import type { TimelineRecords } from '@/domain/timeline/types';
import type { Profile } from '@/domain/profile/schema';
import { db } from '../db';
import { listProfiles } from './profile-list';

/** Everything the timeline engine reads, in one read transaction. */
export async function loadTimelineInput(): Promise<{ profiles: Profile[]; records: TimelineRecords }> {
  return db.transaction(
    'r',
    [
      db.profiles,
      db.receiptCodes,
      db.cardApplications,
      db.clinicBindings,
      db.enrolments,
      db.filings,
      db.shanghaiEnrolments,
      db.todos,
    ],
    async () => {
      const [
        profiles,
        receiptCodes,
        cardApplications,
        clinicBindings,
        enrolments,
        filings,
        shanghaiEnrolments,
        todos,
      ] = await Promise.all([
        listProfiles(),
        db.receiptCodes.toArray(),
        db.cardApplications.toArray(),
        db.clinicBindings.toArray(),
        db.enrolments.toArray(),
        db.filings.toArray(),
        db.shanghaiEnrolments.toArray(),
        db.todos.toArray(),
      ]);
      return {
        profiles,
        records: {
          receiptCodes,
          cardApplications,
          clinicBindings,
          enrolments,
          filings,
          shanghaiEnrolments,
          todos,
        },
      };
    },
  );
}
