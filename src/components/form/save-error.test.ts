import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { isStorageFull, saveErrorKey } from './save-error';

describe('telling a full disk from other failed saves', () => {
  it('knows a full disk as IndexedDB reports it, and as Dexie passes it on', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(isStorageFull(quota)).toBe(true);
    expect(isStorageFull(new Dexie.QuotaExceededError('full', quota))).toBe(true);
    expect(isStorageFull(new Dexie.AbortError('aborted', quota))).toBe(true);
    expect(saveErrorKey(quota)).toBe('common:errors.storageFull');
  });

  it('says a plain refusal for anything else', () => {
    for (const error of [
      new DOMException('blocked', 'InvalidStateError'),
      new Dexie.DatabaseClosedError('closed'),
      new Error('boom'),
      undefined,
      'text',
    ]) {
      expect(isStorageFull(error)).toBe(false);
      expect(saveErrorKey(error)).toBe('common:errors.saveFailed');
    }
  });
});
