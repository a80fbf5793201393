import { db } from '../db';

/**
 * What every writer checks inside its transaction, so a stale screen (another tab deleted the person, or
 * changed the record since this form opened) never writes a record the data cannot hold together.
 */

/** The person (or, for a family link, the authoriser) the record belongs to is no longer on the phone. */
export class MissingPersonError extends Error {
  constructor(readonly profileId: string) {
    super(`No person ${profileId}`);
    this.name = 'MissingPersonError';
  }
}

/** The record was saved by another tab or window after the form opened it. */
export class StaleRecordError extends Error {
  constructor(readonly currentUpdatedAt: string | undefined) {
    super('The record changed since the form opened it');
    this.name = 'StaleRecordError';
  }
}

/**
 * What a form saw when it opened the record: its `updatedAt` (a record of version 1 has none), or `null`
 * when there was no record yet. Left out, the writer does not compare (a tap that is not an edit).
 */
export type SeenVersion = { updatedAt?: string | undefined } | null | undefined;

/** Throws MissingPersonError unless every id is a person on the phone. Call inside a transaction on profiles. */
export async function requirePeople(...profileIds: string[]): Promise<void> {
  const found = await db.profiles.bulkGet(profileIds);
  const missing = profileIds.find((_, index) => !found[index]);
  if (missing !== undefined) throw new MissingPersonError(missing);
}

/** Throws StaleRecordError when the stored record is not the one the form saw. */
export function requireUnchanged(stored: { updatedAt?: string } | undefined, seen: SeenVersion): void {
  if (seen === undefined) return;
  const same =
    seen === null ? stored === undefined : stored !== undefined && stored.updatedAt === seen.updatedAt;
  if (!same) throw new StaleRecordError(stored?.updatedAt);
}

/** This moment, as records store it. Strictly later than `previous`, so two saves in a millisecond differ. */
export function nextUpdatedAt(previous?: string): string {
  const now = Date.now();
  const last = previous ? Date.parse(previous) : Number.NaN;
  return new Date(Number.isNaN(last) || now > last ? now : last + 1).toISOString();
}

/**
 * A record as it is about to be stored: its people checked, and when `editing` its version against what the
 * form saw, then stamped with a new `updatedAt`. Call inside a transaction on profiles and `table`.
 */
export async function checkedForWrite<
  T extends { id: string; profileId: string; updatedAt?: string | undefined },
>(
  table: { get(id: string): PromiseLike<{ updatedAt?: string | undefined } | undefined> },
  draft: T,
  editing: boolean,
  seen: SeenVersion,
  people: readonly string[] = [draft.profileId],
): Promise<T> {
  await requirePeople(...people);
  const existing = editing ? await table.get(draft.id) : undefined;
  if (editing) requireUnchanged(existing, seen);
  return { ...draft, updatedAt: nextUpdatedAt(existing?.updatedAt) };
}
