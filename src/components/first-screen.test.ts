import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** The module keeps its state for the life of the page: each test gets a page of its own. */
async function freshPage() {
  vi.resetModules();
  return import('./first-screen');
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('work that waits for the first screen', () => {
  it('runs once the first screen is up and the browser is idle, not before, and once', async () => {
    const idle: Array<() => void> = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
    const { afterFirstScreen, markFirstScreenShown } = await freshPage();
    const work = vi.fn();
    afterFirstScreen(work);
    expect(work).not.toHaveBeenCalled();

    markFirstScreenShown();
    markFirstScreenShown(); // a second screen header changes nothing
    expect(work).not.toHaveBeenCalled(); // the screen is up, but the browser is still busy
    expect(idle).toHaveLength(1);
    idle[0]!();
    expect(work).toHaveBeenCalledTimes(1);

    // Later work runs at once; the fallback timers run nothing twice.
    const later = vi.fn();
    afterFirstScreen(later);
    expect(later).toHaveBeenCalledTimes(1);
    vi.runAllTimers();
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('without idle callbacks (Safari), runs in the next task after the first screen', async () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    const { afterFirstScreen, markFirstScreenShown } = await freshPage();
    const work = vi.fn();
    afterFirstScreen(work);
    markFirstScreenShown();
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs anyway when no first screen ever comes up (storage refused, code that failed to load)', async () => {
    vi.stubGlobal('requestIdleCallback', () => 0);
    const { afterFirstScreen, FALLBACK_MS } = await freshPage();
    const work = vi.fn();
    afterFirstScreen(work);
    vi.advanceTimersByTime(FALLBACK_MS - 1);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs nothing that was cancelled (a frame that went away)', async () => {
    const { afterFirstScreen, markFirstScreenShown } = await freshPage();
    const work = vi.fn();
    const cancel = afterFirstScreen(work);
    cancel();
    markFirstScreenShown();
    vi.runAllTimers();
    expect(work).not.toHaveBeenCalled();
  });
});
