import { Suspense } from 'react';
import { Outlet, useLocation } from 'react-router';
import { DatabaseNotice } from '../pwa/DatabaseNotice';
import { UpdatePrompt } from '../pwa/UpdatePrompt';
import { RouteErrorBoundary } from '../routes/RouteError';
import { Frame } from './Frame';
import { ScreenSkeleton } from './ScreenSkeleton';

/** The frame with the app's notices and the current screen, which loads as its own chunk. */
export function AppShell() {
  const { pathname } = useLocation();
  return (
    <Frame
      notices={
        <>
          <DatabaseNotice />
          <UpdatePrompt />
        </>
      }
    >
      <RouteErrorBoundary key={pathname}>
        <Suspense fallback={<ScreenSkeleton />}>
          <Outlet />
        </Suspense>
      </RouteErrorBoundary>
    </Frame>
  );
}
