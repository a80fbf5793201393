/**
 * What to tell the reader when a save did not go through: a full disk is said as such (what to free, and
 * that nothing was half-written), a person deleted or a record changed in another tab as such, a database
 * closed by an update in another tab as such, and anything else as a plain refusal. IndexedDB reports a full
 * disk as a QuotaExceededError, which Dexie passes on under the same name (or as its inner error).
 */
const named = (value: unknown, name: string) =>
  typeof value === 'object' && value !== null && (value as { name?: unknown }).name === name;

function isNamed(error: unknown, name: string): boolean {
  return (
    named(error, name) ||
    (typeof error === 'object' && error !== null && named((error as { inner?: unknown }).inner, name))
  );
}

export function isStorageFull(error: unknown): boolean {
  return isNamed(error, 'QuotaExceededError');
}

export type SaveErrorKey =
  | 'common:errors.storageFull'
  | 'common:errors.personDeleted'
  | 'common:errors.changedElsewhere'
  | 'common:errors.databaseClosed'
  | 'common:errors.saveFailed';

/** The translation key of the message for a failed save. */
export function saveErrorKey(error: unknown): SaveErrorKey {
  if (isStorageFull(error)) return 'common:errors.storageFull';
  if (isNamed(error, 'MissingPersonError')) return 'common:errors.personDeleted';
  if (isNamed(error, 'StaleRecordError')) return 'common:errors.changedElsewhere';
  if (isNamed(error, 'DatabaseClosedError')) return 'common:errors.databaseClosed';
  return 'common:errors.saveFailed';
}
