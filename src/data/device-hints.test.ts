import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  FORGET_ON_DELETE,
  forgetHints,
  knownToHoldNobody,
  LARGE_TEXT_KEY,
  LANGUAGE_STORAGE_KEY,
  readHint,
  rememberPeopleCount,
  writeHint,
} from './device-hints';

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
  sessionStorage.clear();
});

describe('the hints kept beside the database', () => {
  it('reads back what it wrote, in either storage, and forgets what Delete all data forgets', () => {
    writeHint('local', LARGE_TEXT_KEY, 'on');
    writeHint('local', LANGUAGE_STORAGE_KEY, 'es');
    writeHint('session', 'yibao.test', '1');
    expect(readHint('local', LARGE_TEXT_KEY)).toBe('on');
    expect(readHint('session', 'yibao.test')).toBe('1');
    expect(readHint('local', 'yibao.test')).toBeNull();
    forgetHints(FORGET_ON_DELETE);
    expect(readHint('local', LARGE_TEXT_KEY)).toBeNull();
    expect(readHint('local', LANGUAGE_STORAGE_KEY)).toBe('es'); // the reader's language stays
  });

  it('works on when storage is blocked (private mode, an in-app browser): nothing thrown, nothing kept', () => {
    // Where storage is blocked, even reaching window.localStorage throws.
    for (const storage of ['localStorage', 'sessionStorage'] as const) {
      vi.spyOn(window, storage, 'get').mockImplementation(() => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      });
    }
    expect(() => writeHint('local', LARGE_TEXT_KEY, 'on')).not.toThrow();
    expect(readHint('local', LARGE_TEXT_KEY)).toBeNull();
    expect(readHint('session', 'yibao.test')).toBeNull();
    expect(() => forgetHints(FORGET_ON_DELETE)).not.toThrow();
    expect(() => rememberPeopleCount(2)).not.toThrow();
    // Unsure whether anybody is on the phone: never the first-visit welcome by mistake.
    expect(knownToHoldNobody()).toBe(false);
  });
});
