import { useState, type SetStateAction } from 'react';
import { useLocation } from 'react-router';

/**
 * What each history entry remembers, by React Router's key of the entry: values of screens
 * (`useRememberedState`) and where the reader was scrolled (src/components/scroll-restoration.tsx, which
 * loads after the first screen and keeps its positions here, so that one call forgets both).
 */
export interface ScrollPosition {
  y: number;
  /** Child indices from <main> to the element at the top of the screen, its tag and the start of its text. */
  anchor: { path: number[]; tag: string; text: string; offset: number } | null;
}

export const scrollPositions = new Map<string, ScrollPosition>();
const remembered = new Map<string, unknown>();

/**
 * Forgets every remembered position and value. A page's first history entry always has the key `default`,
 * so tests that render one screen after another start afresh with this (a reload does it in the app).
 */
export function forgetHistoryState(): void {
  remembered.clear();
  scrollPositions.clear();
}

/**
 * `useState` that the history entry remembers: coming back to it with Back or Forward gives the value it had
 * (a list's "Show more", an open section), so the place the reader left is there to scroll back to.
 */
export function useRememberedState<T>(name: string, initial: T): [T, (next: SetStateAction<T>) => void] {
  const { key } = useLocation();
  const id = `${key}:${name}`;
  const [value, setValue] = useState<T>(() => (remembered.has(id) ? (remembered.get(id) as T) : initial));
  const set = (next: SetStateAction<T>) =>
    setValue((previous) => {
      const value = typeof next === 'function' ? (next as (previous: T) => T)(previous) : next;
      remembered.set(id, value);
      return value;
    });
  return [value, set];
}
