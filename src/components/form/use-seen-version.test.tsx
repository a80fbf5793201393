import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { SeenVersion } from '@/data/repositories/write-guards';
import { useSeenVersion } from './use-seen-version';

class StaleRecordError extends Error {
  override name = 'StaleRecordError';
}

/**
 * One save of a form (`store`): the writer gets the version the form saw; after a save the form is on the
 * stored version; a failed save shows its reason and stores nothing; after "changed in another tab" the
 * next save replaces what is stored now, as the message says.
 */
describe('useSeenVersion().store', () => {
  it('saves against the version seen, then against the one it stored', async () => {
    const { result } = renderHook(() => useSeenVersion({ updatedAt: 'v1' }, false, () => {}));
    const seenBy: SeenVersion[] = [];
    const write = (seen: SeenVersion) => {
      seenBy.push(seen);
      return Promise.resolve({ updatedAt: `v${seenBy.length + 1}` });
    };
    const onError = vi.fn();
    let stored: { updatedAt: string } | undefined;
    await act(async () => void (stored = await result.current.store(write, onError)));
    expect(stored).toEqual({ updatedAt: 'v2' });
    await act(async () => void (await result.current.store(write, onError)));
    expect(seenBy).toEqual([{ updatedAt: 'v1' }, { updatedAt: 'v2' }]);
    expect(onError).not.toHaveBeenCalled();
  });

  it('finds the version in a writer’s result when told where', async () => {
    const { result } = renderHook(() => useSeenVersion(undefined, false, () => {}));
    await act(async () => {
      await result.current.store(
        () => Promise.resolve({ filing: { updatedAt: 'f1' }, superseded: [] }),
        () => {},
        (r) => r.filing,
      );
    });
    expect(result.current.seen()).toEqual({ updatedAt: 'f1' });
  });

  it('a failed save gives its reason, returns nothing, and keeps the version it saw', async () => {
    const { result } = renderHook(() => useSeenVersion({ updatedAt: 'v1' }, false, () => {}));
    const onError = vi.fn();
    const full = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    let stored: unknown = 'not yet';
    await act(async () => void (stored = await result.current.store(() => Promise.reject(full), onError)));
    expect(stored).toBeUndefined();
    expect(onError).toHaveBeenCalledWith(full);
    expect(result.current.seen()).toEqual({ updatedAt: 'v1' });
  });

  it('after “changed in another tab”, the next save replaces the version stored now', async () => {
    const { result, rerender } = renderHook(({ record }) => useSeenVersion(record, true, () => {}), {
      initialProps: { record: { updatedAt: 'v1' } },
    });
    // Another tab saved v2 while this form has unsaved edits: the form keeps what it saw.
    rerender({ record: { updatedAt: 'v2' } });
    expect(result.current.seen()).toEqual({ updatedAt: 'v1' });
    await act(async () => {
      await result.current.store(
        () => Promise.reject(new StaleRecordError('stale')),
        () => {},
      );
    });
    expect(result.current.seen()).toEqual({ updatedAt: 'v2' });
  });
});
