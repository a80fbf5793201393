import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { usePersonQuery } from './use-person-query';

describe('a live query of one person', () => {
  it('never hands out the previous person’s data while the next person’s is read', async () => {
    const pending = new Map<string, (value: string) => void>();
    const read = (id: string) => new Promise<string>((resolve) => pending.set(id, resolve));
    const seen: (string | undefined)[] = [];
    const { rerender } = renderHook(
      ({ id }) => {
        const value = usePersonQuery(id, read, 'nobody');
        seen.push(value);
        return value;
      },
      { initialProps: { id: 'a' as string | undefined } },
    );
    await waitFor(() => expect(pending.has('a')).toBe(true));
    pending.get('a')!('data of a');
    await waitFor(() => expect(seen.at(-1)).toBe('data of a'));

    rerender({ id: 'b' });
    await waitFor(() => expect(pending.has('b')).toBe(true));
    // While b is read: nothing (loading), never a's data under b.
    expect(seen.at(-1)).toBeUndefined();
    pending.get('b')!('data of b');
    await waitFor(() => expect(seen.at(-1)).toBe('data of b'));
    const afterSwitch = seen.slice(seen.lastIndexOf('data of a') + 1);
    expect(afterSwitch.every((value) => value === undefined || value === 'data of b')).toBe(true);

    rerender({ id: undefined });
    await waitFor(() => expect(seen.at(-1)).toBe('nobody'));
  });
});
