import { useEffect, useState } from 'react';

export type WakeLockState = 'on' | 'off' | 'unsupported';

/**
 * Keeps the screen awake while the component is shown, where the browser allows it (Screen Wake Lock API).
 * The lock is released when the page is hidden, so it is taken again when the page comes back.
 */
export function useWakeLock(enabled = true): WakeLockState {
  const supported = typeof navigator !== 'undefined' && 'wakeLock' in navigator;
  const [state, setState] = useState<WakeLockState>(supported ? 'off' : 'unsupported');
  useEffect(() => {
    if (!supported || !enabled) return;
    let sentinel: WakeLockSentinel | null = null;
    let cancelled = false;
    const acquire = async () => {
      if (document.visibilityState !== 'visible') return;
      try {
        sentinel = await navigator.wakeLock.request('screen');
        if (cancelled) {
          void sentinel.release();
          return;
        }
        setState('on');
        sentinel.addEventListener('release', () => {
          if (!cancelled) setState('off');
        });
      } catch {
        setState('off');
      }
    };
    const onVisibility = () => void acquire();
    void acquire();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      cancelled = true;
      document.removeEventListener('visibilitychange', onVisibility);
      void sentinel?.release();
    };
  }, [supported, enabled]);
  return state;
}
