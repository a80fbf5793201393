import { lazy, Suspense } from 'react';
import { Outlet, useLocation } from 'react-router';
import { NavigationGuard } from '@/components/navigation-guard';
import { ScreenSkeleton } from '@/components/ScreenSkeleton';
import { useScrollRestoration } from '@/components/scroll-restoration';
import { RouteErrorBoundary } from '../routes/RouteError';
import { Frame } from './Frame';

// The database notice shows only when storage is in trouble; the events bus replays the last event to it.
const DatabaseNotice = lazy(() =>
  import('../pwa/DatabaseNotice').then((m) => ({ default: m.DatabaseNotice })),
);
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
  return (
    <Frame
      notices={
        <>
          <Suspense fallback={null}>
            <DatabaseNotice />
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
