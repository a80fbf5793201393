import {
  cardApplicationSchema,
  receiptCodeSchema,
  type CardApplication,
  type ReceiptCode,
} from '@/domain/card/schema';
import { db } from '../db';
import { newId } from '../ids';

export interface CardJourney {
  receiptCode: ReceiptCode | undefined;
  application: CardApplication | undefined;
}

/** A person's receipt code and card application (one of each: the latest is kept up to date). */
export async function loadCardJourney(profileId: string): Promise<CardJourney> {
  const [receiptCode, application] = await Promise.all([
    db.receiptCodes.where('profileId').equals(profileId).last(),
    db.cardApplications.where('profileId').equals(profileId).last(),
  ]);
  return { receiptCode, application };
}

type Draft<T> = Omit<T, 'id' | 'profileId'>;

/**
 * Saves both parts of the card form in one transaction, after validating both: either both are written or
 * neither. `null` removes that part (the user cleared it); `undefined` leaves it as it is.
 */
export async function saveCardJourney(
  profileId: string,
  changes: {
    receiptCode?: Draft<Record<string, unknown>> | null;
    application?: Draft<Record<string, unknown>> | null;
  },
): Promise<CardJourney> {
  return db.transaction('rw', db.receiptCodes, db.cardApplications, async () => {
    const current = await loadCardJourney(profileId);
    const receiptCode =
      changes.receiptCode === undefined || changes.receiptCode === null
        ? undefined
        : receiptCodeSchema.parse({
            ...changes.receiptCode,
            id: current.receiptCode?.id ?? newId(),
            profileId,
          });
    const application =
      changes.application === undefined || changes.application === null
        ? undefined
        : cardApplicationSchema.parse({
            ...changes.application,
            id: current.application?.id ?? newId(),
            profileId,
          });
    if (receiptCode) await db.receiptCodes.put(receiptCode);
    else if (changes.receiptCode === null && current.receiptCode)
      await db.receiptCodes.delete(current.receiptCode.id);
    if (application) await db.cardApplications.put(application);
    else if (changes.application === null && current.application)
      await db.cardApplications.delete(current.application.id);
    return loadCardJourney(profileId);
  });
}
