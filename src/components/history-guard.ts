import { leaveRisk, type LeaveRisk } from './form/unsaved-changes';

/**
 * Back and Forward, held before the router hears them while something would be lost, and links held while
 * the rest of the guard has not arrived yet (that rest, with the question itself, is
 * src/components/navigation-guard.tsx, which loads as the first screen renders). Part of the first load, as
 * the listeners must be installed before the router and before anything can be typed:
 * `installHistoryGuard`, from main.tsx.
 */

export interface Question {
  risk: LeaveRisk;
  leave: () => void;
}

/** A question to ask, made with the router's `navigate` (a held link goes through it on "Leave"). */
export type Asking = (navigate: (to: string) => void) => Question;

let asking: Asking | null = null;
const askingListeners = new Set<() => void>();

/**
 * The question waiting to be answered, or none: kept here, outside React, so that a link or Back held
 * before the guard component has arrived (or while it renders) is asked as soon as it shows.
 */
export function ask(question: Asking | null): void {
  asking = question;
  for (const listener of askingListeners) listener();
}
export const currentAsking = () => asking;
export function subscribeAsking(listener: () => void): () => void {
  askingListeners.add(listener);
  return () => askingListeners.delete(listener);
}

export const guard = {
  /** React Router's index of the history entry on screen (null outside a browser router). */
  index: null as number | null,
  /** The guard component is mounted: it holds links itself (with the router's location). */
  mounted: false,
  /** The next popstate is the guard's own step back to the entry on screen: hidden from the router. */
  undoing: false,
  /** The next popstate is the move the reader confirmed: the router follows it. */
  passing: false,
};

export function historyIndex(state: unknown): number | null {
  const index = (state as { idx?: unknown } | null)?.idx;
  return typeof index === 'number' ? index : null;
}

/** The link that a click would follow inside the app, or null (new tab, download, other site, same screen). */
export function inAppTarget(event: MouseEvent, here: { pathname: string; search: string }): URL | null {
  if (event.defaultPrevented || event.button !== 0) return null;
  if (event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return null;
  const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(anchor instanceof HTMLAnchorElement)) return null;
  if ((anchor.target && anchor.target !== '_self') || anchor.hasAttribute('download')) return null;
  if (anchor.getAttribute('href')!.startsWith('#')) return null; // a place on this screen (the skip link)
  const url = new URL(anchor.href, window.location.href);
  if (url.origin !== window.location.origin) return null;
  if (url.pathname === here.pathname && url.search === here.search) return null; // this screen again
  return url;
}

/** Until the guard component is here, a link that would lose something is held, and its question kept. */
function onEarlyClick(event: MouseEvent) {
  if (guard.mounted) return; // the guard component holds links itself
  const url = inAppTarget(event, window.location);
  const risk = url && leaveRisk();
  if (!url || !risk) return;
  event.preventDefault();
  event.stopPropagation();
  ask((navigate) => ({ risk, leave: () => navigate(`${url.pathname}${url.search}${url.hash}`) }));
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
  if (guard.passing || !risk || target === null || from === null || target === from) {
    guard.passing = false;
    guard.index = target;
    return;
  }
  event.stopImmediatePropagation();
  const distance = target - from;
  guard.undoing = true;
  window.history.go(-distance);
  ask(() => ({
    risk,
    leave: () => {
      guard.passing = true;
      window.history.go(distance);
    },
  }));
}

/**
 * Listens for Back and Forward before the router does, and for links until the guard component is here:
 * call once, before the router is rendered.
 */
export function installHistoryGuard(target: Window = window): () => void {
  target.addEventListener('popstate', onPopState);
  target.document.addEventListener('click', onEarlyClick, true);
  return () => {
    target.removeEventListener('popstate', onPopState);
    target.document.removeEventListener('click', onEarlyClick, true);
  };
}
