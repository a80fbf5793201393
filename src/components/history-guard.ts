import { leaveRisk, type LeaveRisk } from './form/unsaved-changes';

/**
 * Back and Forward, held before the router hears them while something would be lost (the rest of the guard,
 * with the question itself, is src/components/navigation-guard.tsx). Part of the first load, as the
 * listener must be installed before the router: `installHistoryGuard`, from main.tsx.
 */

export interface Question {
  risk: LeaveRisk;
  leave: () => void;
}

export const guard = {
  /** React Router's index of the history entry on screen (null outside a browser router). */
  index: null as number | null,
  /** Shows the question; set while the guard component is mounted. */
  ask: null as ((question: Question) => void) | null,
  /** The next popstate is the guard's own step back to the entry on screen: hidden from the router. */
  undoing: false,
  /** The next popstate is the move the reader confirmed: the router follows it. */
  passing: false,
};

export function historyIndex(state: unknown): number | null {
  const index = (state as { idx?: unknown } | null)?.idx;
  return typeof index === 'number' ? index : null;
}

function onPopState(event: PopStateEvent) {
  const target = historyIndex(event.state);
  if (guard.undoing) {
    guard.undoing = false;
    event.stopImmediatePropagation();
    return;
  }
  const from = guard.index;
  const risk = leaveRisk();
  if (guard.passing || !risk || !guard.ask || target === null || from === null || target === from) {
    guard.passing = false;
    guard.index = target;
    return;
  }
  event.stopImmediatePropagation();
  const distance = target - from;
  guard.undoing = true;
  window.history.go(-distance);
  guard.ask({
    risk,
    leave: () => {
      guard.passing = true;
      window.history.go(distance);
    },
  });
}

/** Listens for Back and Forward before the router does: call once, before the router is rendered. */
export function installHistoryGuard(target: Window = window): () => void {
  target.addEventListener('popstate', onPopState);
  return () => target.removeEventListener('popstate', onPopState);
}
