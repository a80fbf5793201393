import { useSyncExternalStore } from 'react';
import { isTabSet, readHint, TAB_SET_KEY, writeHint } from '@/data/device-hints';
import type { TabSet } from '@/domain/settings/audience';

/**
 * Which tabs the bottom navigation shows (src/app/navigation.ts). The database's answers decide it
 * (`tabSetFor`); this keeps the last answer as a hint and as `data-tabs` on <html>, so the prerendered frame's
 * inline script paints the same tabs before any code runs.
 */
const listeners = new Set<() => void>();

function read(): TabSet {
  const hint = readHint('local', TAB_SET_KEY);
  return isTabSet(hint) ? hint : 'shenzhen';
}

let current: TabSet | undefined;

export function setTabSet(next: TabSet) {
  if (next === current) return;
  current = next;
  writeHint('local', TAB_SET_KEY, next);
  document.documentElement.dataset.tabs = next;
  for (const listener of listeners) listener();
}

export function useTabSet(): TabSet {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => (current ??= read()),
    () => 'shenzhen',
  );
}
