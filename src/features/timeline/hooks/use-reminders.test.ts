import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REMINDERS_KEY } from '@/data/device-hints';
import type { TimelineItem } from '@/domain/timeline/types';
import { useReminders } from './use-reminders';

/** A browser that allows notifications, and records each one shown by the page. */
const shown: string[] = [];
class FakeNotification {
  static permission: NotificationPermission = 'granted';
  static requestPermission = vi.fn(async () => FakeNotification.permission);
  constructor(title: string) {
    shown.push(title);
  }
}

const tomorrowItem = {
  key: 'p1/card.collect',
  status: 'due',
  meaning: 'from',
  date: '2026-11-30',
} as unknown as TimelineItem;
const describeItem = (item: TimelineItem) => ({ title: item.key, body: '' });

// UX review: no way to turn them off
describe('reminders, which the reader can turn off', () => {
  beforeEach(() => {
    shown.length = 0;
    localStorage.clear();
    vi.stubGlobal('Notification', FakeNotification);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('reminds of a step due tomorrow once reminders are allowed', async () => {
    renderHook(() => useReminders([tomorrowItem], '2026-11-29', describeItem));
    await vi.waitFor(() => expect(shown).toEqual(['p1/card.collect']));
  });

  it('can be turned off on this phone though the browser still allows them, and on again', async () => {
    const { result, rerender } = renderHook(() => useReminders([], '2026-11-29', describeItem));
    expect(result.current.permission).toBe('granted');
    act(() => result.current.turnOff());
    expect(result.current.permission).toBe('off');
    expect(localStorage.getItem(REMINDERS_KEY)).toBe('off');

    // Off: a later visit with a step due tomorrow shows nothing.
    const later = renderHook(() => useReminders([tomorrowItem], '2026-11-29', describeItem));
    expect(later.result.current.permission).toBe('off');
    expect(shown).toEqual([]); // renderHook has run its effects

    await act(() => later.result.current.request());
    expect(later.result.current.permission).toBe('granted');
    rerender();
    await vi.waitFor(() => expect(shown).toEqual(['p1/card.collect']));
  });
});
