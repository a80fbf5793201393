/**
 * What to tell the reader when the phone's storage did not take a change: a full disk is said as such
 * (what to free, and that nothing was half-written), anything else as a plain refusal. IndexedDB reports a
 * full disk as a QuotaExceededError, which Dexie passes on under the same name (or as its inner error).
 */
export function isStorageFull(error: unknown): boolean {
  const named = (value: unknown) =>
    typeof value === 'object' &&
    value !== null &&
    (value as { name?: unknown }).name === 'QuotaExceededError';
  return (
    named(error) ||
    (typeof error === 'object' && error !== null && named((error as { inner?: unknown }).inner))
  );
}

/** The translation key of the message for a failed save. */
export function saveErrorKey(error: unknown): 'common:errors.storageFull' | 'common:errors.saveFailed' {
  return isStorageFull(error) ? 'common:errors.storageFull' : 'common:errors.saveFailed';
}
