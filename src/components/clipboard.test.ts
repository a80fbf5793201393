import { afterEach, describe, expect, it, vi } from 'vitest';
import { shareOrCopy } from './clipboard';

describe('share, or copy where the phone cannot share', () => {
  afterEach(() => vi.unstubAllGlobals());
  const withNavigator = (share: ((data: ShareData) => Promise<void>) | undefined, copied: string[]) =>
    vi.stubGlobal('navigator', {
      ...navigator,
      share,
      clipboard: { writeText: async (text: string) => void copied.push(text) },
    });

  it('hands the text to the share sheet', async () => {
    const shared: ShareData[] = [];
    const copied: string[] = [];
    withNavigator(async (data) => void shared.push(data), copied);
    expect(await shareOrCopy({ title: 'To-do', text: 'a' })).toBe('shared');
    expect(shared).toEqual([{ title: 'To-do', text: 'a' }]);
    expect(copied).toEqual([]);
  });

  it('says nothing when the reader closes the share sheet, and copies when sharing is refused', async () => {
    const copied: string[] = [];
    withNavigator(() => Promise.reject(new DOMException('closed', 'AbortError')), copied);
    expect(await shareOrCopy({ text: 'a' })).toBe('cancelled');
    withNavigator(() => Promise.reject(new DOMException('no gesture', 'NotAllowedError')), copied);
    expect(await shareOrCopy({ text: 'b' })).toBe('copied');
    withNavigator(undefined, copied);
    expect(await shareOrCopy({ text: 'c' })).toBe('copied');
    expect(copied).toEqual(['b', 'c']);
  });
});
