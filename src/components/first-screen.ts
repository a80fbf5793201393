/**
 * Start-up work that the first screen does not need (registering the service worker, the notice for other
 * apps' built-in browsers, following the tabs' setting in the database) waits until that screen is up and
 * the browser is idle. On a slow phone it would otherwise take the main thread from the screen (README,
 * Numbers).
 *
 * "Up" is when the screen's header names the document (PageHeader). A first screen that never gets there
 * (its storage refused, its code failed to load) must not hold that work back for ever: it starts anyway
 * after FALLBACK_MS.
 */
export const FALLBACK_MS = 4000;

let shown = false;
let marked = false;
const waiting = new Set<() => void>();

function finish() {
  if (shown) return;
  shown = true;
  for (const work of waiting) work();
  waiting.clear();
}

/** The first screen is up: what waits for it runs once the browser is idle (within a second). */
export function markFirstScreenShown(): void {
  if (marked) return;
  marked = true;
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(finish, { timeout: 1000 });
  else setTimeout(finish); // Safari has no idle callbacks
}

/** Runs `work` once the first screen is up (at once if it is); the returned function cancels it. */
export function afterFirstScreen(work: () => void): () => void {
  if (shown) work();
  else {
    waiting.add(work);
    setTimeout(finish, FALLBACK_MS);
  }
  return () => {
    waiting.delete(work);
  };
}
