import { lazy, Suspense, type ReactNode } from 'react';
import { useLocation } from '@/components/router';
import { DatabaseNotice } from '../pwa/DatabaseNotice';
import { RouteErrorBoundary } from '../routes/RouteError';
import { Frame } from './Frame';
import { ScreenSkeleton } from '@/components/ScreenSkeleton';

// The update prompt registers the service worker (workbox-window): it can wait for the first screen.
const UpdatePrompt = lazy(() => import('../pwa/UpdatePrompt').then((m) => ({ default: m.UpdatePrompt })));

/** The frame with the app's notices and the current screen, which loads as its own chunk. */
export function AppShell({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <Frame
      notices={
        <>
          <DatabaseNotice />
          <Suspense fallback={null}>
            <UpdatePrompt />
          </Suspense>
        </>
      }
    >
      <RouteErrorBoundary key={pathname}>
        <Suspense fallback={<ScreenSkeleton />}>{children}</Suspense>
      </RouteErrorBoundary>
    </Frame>
  );
}
