import { useSyncExternalStore } from 'react';
import { LARGE_TEXT_KEY, readHint, writeHint } from '@/data/device-hints';

/**
 * Large text for reading in sunlight or for older family members. Kept in localStorage (read before the
 * first paint, like the language) and applied as a class on <html>, so every screen follows.
 */
const CLASS_NAME = 'large-text';
const listeners = new Set<() => void>();

function read(): boolean {
  return readHint('local', LARGE_TEXT_KEY) === 'on';
}

/** Applies the saved choice to the page; called once at start-up. */
export function applyLargeText(on: boolean = read()) {
  document.documentElement.classList.toggle(CLASS_NAME, on);
}

export function setLargeText(on: boolean) {
  writeHint('local', LARGE_TEXT_KEY, on ? 'on' : 'off'); // refused (private mode): still this visit
  applyLargeText(on);
  for (const listener of listeners) listener();
}

export function useLargeText(): [boolean, (on: boolean) => void] {
  const on = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => document.documentElement.classList.contains(CLASS_NAME),
    () => false,
  );
  return [on, setLargeText];
}
