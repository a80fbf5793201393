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
 * Stores a filing and applies what it does to the person's others, in one transaction (checkFilingSave):
 * once approved, an older temporary filing to another city becomes superseded (linked to this one); one it
 * had replaced is restored if it fails; a second active long-term filing is refused with
 * LongTermOverlapError and nothing is written.
 */
export async function saveFiling(
  input: Record<string, unknown> & { id?: string },
  seen?: SeenVersion,
): Promise<{
  filing: Filing;
  superseded: Filing[];
  restored: Filing[];
  replacesOnApproval: Filing[];
  needsResidenceProof: boolean;
}> {
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
      statusBeforeSuperseded: f.status === 'submitted' ? ('submitted' as const) : ('approved' as const),
      updatedAt: nextUpdatedAt(f.updatedAt),
    }));
    const restored = check.restores.map(restore);
    await db.filings.bulkPut([filing, ...superseded, ...restored]);
    // Submitted, not yet approved: what it will replace once it succeeds (the user is told now).
    const onApproval =
      filing.status === 'submitted' ? checkFilingSave({ ...filing, status: 'approved' }, others) : undefined;
    return {
      filing,
      superseded,
      restored,
      replacesOnApproval: onApproval?.ok ? onApproval.supersedes : [],
      needsResidenceProof: check.needsResidenceProof,
    };
  });
}

/** A filing that a failed (or deleted) newer one had replaced, in force again as it was. */
function restore(f: Filing): Filing {
  const { supersededBy: _by, statusBeforeSuperseded, ...rest } = f;
  return { ...rest, status: statusBeforeSuperseded ?? 'approved', updatedAt: nextUpdatedAt(f.updatedAt) };
}

export async function deleteFiling(id: string): Promise<void> {
  await db.transaction('rw', db.filings, async () => {
    await db.filings.delete(id);
    // The filings it had replaced are in force again (it no longer exists to replace them).
    const linked = await db.filings.filter((f) => f.supersededBy === id).toArray();
    await db.filings.bulkPut(linked.map(restore));
  });
}
