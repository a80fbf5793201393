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
      new Error('boom'),
      undefined,
      'text',
    ]) {
      expect(isStorageFull(error)).toBe(false);
      expect(saveErrorKey(error)).toBe('common:errors.saveFailed');
    }
  });

  it('says what happened in another tab: the person deleted, the record changed, the database closed', () => {
    expect(saveErrorKey(Object.assign(new Error('gone'), { name: 'MissingPersonError' }))).toBe(
      'common:errors.personDeleted',
    );
    expect(saveErrorKey(Object.assign(new Error('stale'), { name: 'StaleRecordError' }))).toBe(
      'common:errors.changedElsewhere',
    );
    expect(saveErrorKey(new Dexie.DatabaseClosedError('closed'))).toBe('common:errors.databaseClosed');
  });
});
