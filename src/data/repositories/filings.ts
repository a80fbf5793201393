import { compareIsoDates } from '@/domain/dates/iso-date';
import { checkFilingSave } from '@/domain/filing/rules';
import { filingSchema, type Filing } from '@/domain/filing/schema';
import { db } from '../db';
import { newId } from '../ids';
import { checkedForWrite, nextUpdatedAt, type SeenVersion } from './write-guards';

/** A person's filings, newest start first. */
export async function listFilings(profileId: string): Promise<Filing[]> {
  const filings = await db.filings.where('profileId').equals(profileId).toArray();
  return filings.sort((a, b) => compareIsoDates(b.startDate, a.startDate));
}

export class LongTermOverlapError extends Error {
  constructor(readonly conflicting: Filing) {
    super('Another long-term filing is still active');
    this.name = 'LongTermOverlapError';
  }
}

/**
 * Stores a filing and applies what it does to the person's others, in one transaction: an older temporary
 * filing to another city becomes superseded (linked to this one); a second active long-term filing is
 * refused with LongTermOverlapError and nothing is written.
 */
export async function saveFiling(
  input: Record<string, unknown> & { id?: string },
  seen?: SeenVersion,
): Promise<{ filing: Filing; superseded: Filing[]; needsResidenceProof: boolean }> {
  const draft = filingSchema.parse({ ...input, id: input.id ?? newId() });
  return db.transaction('rw', db.profiles, db.filings, async () => {
    const filing = await checkedForWrite(db.filings, draft, Boolean(input.id), seen);
    const others = await listFilings(filing.profileId);
    const check = checkFilingSave(filing, others);
    if (!check.ok) throw new LongTermOverlapError(check.conflicting);
    const superseded = check.supersedes.map((f) => ({
      ...f,
      status: 'superseded' as const,
      supersededBy: filing.id,
      updatedAt: nextUpdatedAt(f.updatedAt),
    }));
    await db.filings.bulkPut([filing, ...superseded]);
    return { filing, superseded, needsResidenceProof: check.needsResidenceProof };
  });
}

export async function deleteFiling(id: string): Promise<void> {
  await db.transaction('rw', db.filings, async () => {
    await db.filings.delete(id);
    // Filings it had superseded keep their status but lose the dangling link.
    const linked = await db.filings.filter((f) => f.supersededBy === id).toArray();
    await db.filings.bulkPut(linked.map(({ supersededBy: _gone, ...f }) => f));
  });
}
