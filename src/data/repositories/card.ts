import {
  cardApplicationSchema,
  receiptCodeSchema,
  type CardApplication,
  type ReceiptCode,
} from '@/domain/card/schema';
import { db } from '../db';
import { newId } from '../ids';
import { nextUpdatedAt, requirePeople, requireUnchanged, type SeenVersion } from './write-guards';

export interface CardJourney {
  receiptCode: ReceiptCode | undefined;
  application: CardApplication | undefined;
}

/** A person's receipt code and card application (one of each: the database's unique keys say so). */
export async function loadCardJourney(profileId: string): Promise<CardJourney> {
  const [receiptCode, application] = await Promise.all([
    db.receiptCodes.where('profileId').equals(profileId).first(),
    db.cardApplications.where('profileId').equals(profileId).first(),
  ]);
  return { receiptCode, application };
}

type Draft<T> = Omit<T, 'id' | 'profileId'>;

/**
 * Saves both parts of the card form in one transaction, after validating both: either both are written or
 * neither. `null` removes that part (the user cleared it); `undefined` leaves it as it is. `seen` is what the
 * form opened: if another tab saved either part since, nothing is written (StaleRecordError).
 */
export async function saveCardJourney(
  profileId: string,
  changes: {
    receiptCode?: Draft<Record<string, unknown>> | null;
    application?: Draft<Record<string, unknown>> | null;
  },
  seen: { receiptCode?: SeenVersion; application?: SeenVersion } = {},
): Promise<CardJourney> {
  return db.transaction('rw', db.profiles, db.receiptCodes, db.cardApplications, async () => {
    await requirePeople(profileId);
    const current = await loadCardJourney(profileId);
    if (changes.receiptCode !== undefined) requireUnchanged(current.receiptCode, seen.receiptCode);
    if (changes.application !== undefined) requireUnchanged(current.application, seen.application);
    const receiptCode =
      changes.receiptCode === undefined || changes.receiptCode === null
        ? undefined
        : receiptCodeSchema.parse({
            ...changes.receiptCode,
            id: current.receiptCode?.id ?? newId(),
            profileId,
            updatedAt: nextUpdatedAt(current.receiptCode?.updatedAt),
          });
    const application =
      changes.application === undefined || changes.application === null
        ? undefined
        : cardApplicationSchema.parse({
            ...changes.application,
            id: current.application?.id ?? newId(),
            profileId,
            updatedAt: nextUpdatedAt(current.application?.updatedAt),
          });
    if (receiptCode) await db.receiptCodes.put(receiptCode);
    else if (changes.receiptCode === null)
      await db.receiptCodes.where('profileId').equals(profileId).delete();
    if (application) await db.cardApplications.put(application);
    else if (changes.application === null)
      await db.cardApplications.where('profileId').equals(profileId).delete();
    return loadCardJourney(profileId);
  });
}
