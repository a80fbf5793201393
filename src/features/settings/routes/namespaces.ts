/**
 * The translation namespaces this feature's screen renders with. The app loads them together with the
 * screen's code at start-up (src/app/router.tsx), so the first render needs no second round trip.
 */
export const namespaces = ['settings', 'start', 'profile', 'common', 'notices'] as const;
