import { lazy, Suspense, useEffect } from 'react';
import { Outlet, useLocation } from 'react-router';
import { NavigationGuard } from '@/components/navigation-guard';
import { ScreenSkeleton } from '@/components/ScreenSkeleton';
import { setTabSet } from '@/components/tab-set';
import { useScrollRestoration } from '@/components/scroll-restoration';
import { DatabaseNotice } from '../pwa/DatabaseNotice';
import { RouteErrorBoundary } from '../routes/RouteError';
import { Frame } from './Frame';

// The update prompt registers the service worker (workbox-window): it can wait for the first screen.
const UpdatePrompt = lazy(() => import('../pwa/UpdatePrompt').then((m) => ({ default: m.UpdatePrompt })));
// So can the notice for other apps' built-in browsers (it tells them apart by the user agent).
const InAppBrowserNotice = lazy(() =>
  import('@/components/install/InAppBrowserNotice').then((m) => ({ default: m.InAppBrowserNotice })),
);

/**
 * The layout route around every screen: the frame with the app's notices, the current screen (its own
 * chunk, in an error boundary), the question before leaving unsaved edits, and the scroll position kept
 * for Back and Forward.
 */
export function AppShell() {
  const { pathname } = useLocation();
  useScrollRestoration();
  // The tabs follow the data once it is read; until then the last visit's tabs (a hint) stand.
  useEffect(() => {
    let stop: (() => void) | undefined;
    let left = false;
    void import('@/data/repositories/tab-set-source').then((m) => {
      if (left) return;
      const subscription = m.watchTabSet().subscribe({ next: setTabSet, error: () => undefined });
      stop = () => subscription.unsubscribe();
    });
    return () => {
      left = true;
      stop?.();
    };
  }, []);
  return (
    <Frame
      notices={
        <>
          <DatabaseNotice />
          <Suspense fallback={null}>
            <InAppBrowserNotice />
            <UpdatePrompt />
          </Suspense>
        </>
      }
    >
      <RouteErrorBoundary key={pathname}>
        <Suspense fallback={<ScreenSkeleton />}>
          <Outlet />
        </Suspense>
      </RouteErrorBoundary>
      <NavigationGuard />
    </Frame>
  );
}
