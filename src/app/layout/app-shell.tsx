import { Suspense, useEffect, useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import { optionalLazy } from '@/components/chunk-load';
import { afterFirstScreen } from '@/components/first-screen';
import { ScreenSkeleton } from '@/components/screen-skeleton';
import { setTabSet } from '@/components/tab-set';
import { RouteErrorBoundary } from '../routes/route-error';
import { addLateHeadLinks } from '../shell/late-head';
import { Frame } from './frame';

// The database notice shows only when storage is in trouble; the events bus replays the last event to it.
// Each notice is optional: one whose code cannot be fetched stays away, and the frame goes on without it.
const DatabaseNotice = optionalLazy(() => import('../pwa/database-notice').then((m) => m.DatabaseNotice));
// The update prompt registers the service worker (workbox-window), which then fetches everything for
// offline use: that waits until the first screen is up (src/components/first-screen.ts).
const UpdatePrompt = optionalLazy(() => import('../pwa/update-prompt').then((m) => m.UpdatePrompt));
// So can the notice for other apps' built-in browsers (it tells them apart by the user agent).
const InAppBrowserNotice = optionalLazy(() =>
  import('@/components/install/in-app-browser-notice').then((m) => m.InAppBrowserNotice),
);
// Keeping the scroll position for Back and Forward is not needed to show the first screen: its code is
// fetched as that screen renders. Without it (not fetched), screens open where the browser puts them.
const ScrollRestoration = optionalLazy(() =>
  import('@/components/scroll-restoration').then((m) => m.ScrollRestoration),
);
// Nor is the question before a link loses unsaved edits (nothing can be typed before the screen is up):
// fetched the same way. Back and Forward are held from the start (installHistoryGuard, main.tsx).
const NavigationGuard = optionalLazy(() =>
  import('@/components/navigation-guard').then((m) => m.NavigationGuard),
);

/**
 * The layout route around every screen: the frame with the app's notices, the current screen (its own
 * chunk, in an error boundary), the question before leaving unsaved edits, and the scroll position kept
 * for Back and Forward.
 */
export function AppShell() {
  const { pathname } = useLocation();
  // What the first screen does not need waits for it (src/components/first-screen.ts), the tab's icon and
  // the web manifest too: the browser would load and decode their images in the middle of start-up
  // (src/app/build/late-head-links.ts).
  const [later, setLater] = useState(false);
  useEffect(
    () =>
      afterFirstScreen(() => {
        addLateHeadLinks();
        setLater(true);
      }),
    [],
  );
  // The tabs follow the data once it is read; until then the last visit's tabs (a hint) stand.
  useEffect(() => {
    if (!later) return undefined;
    let stopped = false;
    let stop = () => {};
    import('@/data/repositories/tab-set-source').then(
      ({ watchTabSet }) => {
        if (stopped) return;
        const subscription = watchTabSet().subscribe(setTabSet);
        stop = () => subscription.unsubscribe();
      },
      // Its code could not be fetched: the last visit's tabs stay, as before the data is read.
      (error: unknown) => console.warn('The tabs cannot follow the data on this visit.', error),
    );
    return () => {
      stopped = true;
      stop();
    };
  }, [later]);
  return (
    <Frame
      notices={
        <>
          <Suspense fallback={null}>
            <DatabaseNotice />
            {later ? (
              <>
                <InAppBrowserNotice />
                <UpdatePrompt />
              </>
            ) : null}
          </Suspense>
        </>
      }
    >
      <RouteErrorBoundary key={pathname}>
        <Suspense fallback={<ScreenSkeleton />}>
          <Outlet />
        </Suspense>
      </RouteErrorBoundary>
      <Suspense fallback={null}>
        <ScrollRestoration />
        <NavigationGuard />
      </Suspense>
    </Frame>
  );
}
