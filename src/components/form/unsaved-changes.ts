import { useEffect, useSyncExternalStore } from 'react';

/**
 * Which forms have edits that are not saved yet. The update prompt reads it so that a new version
 * never reloads the page over a half-filled form.
 */
const dirtyForms = new Set<symbol>();
const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

export function hasUnsavedChanges(): boolean {
  return dirtyForms.size > 0;
}

export function subscribeUnsavedChanges(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useHasUnsavedChanges(): boolean {
  return useSyncExternalStore(subscribeUnsavedChanges, hasUnsavedChanges, () => false);
}

function warnBeforeLeaving(event: BeforeUnloadEvent) {
  event.preventDefault();
}

/** Registers a form as dirty while `dirty` is true; the browser also asks before leaving the page. */
export function useUnsavedChanges(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return undefined;
    const token = Symbol('dirty-form');
    dirtyForms.add(token);
    window.addEventListener('beforeunload', warnBeforeLeaving);
    notify();
    return () => {
      dirtyForms.delete(token);
      if (dirtyForms.size === 0) window.removeEventListener('beforeunload', warnBeforeLeaving);
      notify();
    };
  }, [dirty]);
}
