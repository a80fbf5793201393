import { useSyncExternalStore } from 'react';
import { TAB_SET_KEY, writeHint } from '@/data/device-hints';
import type { TabSet } from '@/domain/settings/audience';

/**
 * Which tabs the bottom navigation shows (src/app/navigation.ts): `data-tabs` on <html>, which layout/frame.css
 * reads. The prerendered frame's inline script sets it from the last visit's hint before the first paint;
 * the database's answers then decide it (`tabSetFor`, followed from src/app/main.tsx) and keep the hint.
 */
const listeners = new Set<() => void>();
const root = () => document.documentElement;

export function setTabSet(next: TabSet) {
  if (root().dataset.tabs === next) return;
  root().dataset.tabs = next;
  writeHint('local', TAB_SET_KEY, next);
  for (const listener of listeners) listener();
}

export function useTabSet(): TabSet {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => (root().dataset.tabs as TabSet | undefined) ?? 'shenzhen',
    () => 'shenzhen',
  );
}
