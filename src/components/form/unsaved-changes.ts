import { useEffect, useSyncExternalStore } from 'react';

/**
 * What would be lost by leaving the screen now: a form with edits that are not saved yet, or a backup
 * import that is still being written. The in-app navigation guard (src/components/navigation-guard.tsx)
 * asks before leaving, the browser asks before the page is closed or reloaded, and the update prompt
 * never reloads the page over either.
 */
export type LeaveRisk = 'unsaved' | 'import';

const risks = new Map<symbol, LeaveRisk>();
const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

/** The risk of leaving now, if any: an import in progress outweighs unsaved edits. */
export function leaveRisk(): LeaveRisk | null {
  const all = [...risks.values()];
  if (all.includes('import')) return 'import';
  return all.length > 0 ? 'unsaved' : null;
}

export function hasUnsavedChanges(): boolean {
  return risks.size > 0;
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

/**
 * Registers something that leaving would lose while `active` is true: by default a form's unsaved edits.
 * The browser then asks before the page is closed, and the app before it moves to another screen.
 */
export function useUnsavedChanges(active: boolean, risk: LeaveRisk = 'unsaved'): void {
  useEffect(() => {
    if (!active) return undefined;
    const token = Symbol(risk);
    risks.set(token, risk);
    window.addEventListener('beforeunload', warnBeforeLeaving);
    notify();
    return () => {
      risks.delete(token);
      if (risks.size === 0) window.removeEventListener('beforeunload', warnBeforeLeaving);
      notify();
    };
  }, [active, risk]);
}
