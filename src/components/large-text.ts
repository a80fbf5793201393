import { useSyncExternalStore } from 'react';

/**
 * Large text for reading in sunlight or for older family members. Kept in localStorage (read before the
 * first paint, like the language) and applied as a class on <html>, so every screen follows.
 */
export const LARGE_TEXT_STORAGE_KEY = 'yibao.largeText';
const CLASS_NAME = 'large-text';
const listeners = new Set<() => void>();

function read(): boolean {
  try {
    return localStorage.getItem(LARGE_TEXT_STORAGE_KEY) === 'on';
  } catch {
    return false;
  }
}

/** Applies the saved choice to the page; called once at start-up. */
export function applyLargeText(on: boolean = read()) {
  document.documentElement.classList.toggle(CLASS_NAME, on);
}

export function setLargeText(on: boolean) {
  try {
    localStorage.setItem(LARGE_TEXT_STORAGE_KEY, on ? 'on' : 'off');
  } catch {
    // Storage refused (private mode): still apply it for this visit.
  }
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
