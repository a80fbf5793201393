import { lazy, type ComponentType } from 'react';
import { Routes, type RouteDefinition } from '@/components/router';
import { AppShell } from './layout/AppShell';

/** Each screen is its own chunk, loaded on first visit (and precached by the service worker). */
const screen = (load: () => Promise<{ Component: ComponentType }>) => {
  const Screen = lazy(() => load().then((module) => ({ default: module.Component })));
  return <Screen />;
};

const routes: readonly RouteDefinition[] = [
  { path: '/', element: screen(() => import('@/features/timeline/routes/timeline-route')) },
  { path: '/profile', element: screen(() => import('@/features/profile/routes/profile-route')) },
  { path: '/card', element: screen(() => import('@/features/card/routes/card-route')) },
  { path: '/clinic', element: screen(() => import('@/features/clinic/routes/clinic-route')) },
  { path: '/filings', element: screen(() => import('@/features/filings/routes/filings-route')) },
  { path: '/shanghai', element: screen(() => import('@/features/shanghai/routes/shanghai-route')) },
  { path: '/family', element: screen(() => import('@/features/family/routes/family-route')) },
  { path: '/checklist', element: screen(() => import('@/features/checklist/routes/checklist-route')) },
  { path: '/guides/:id?', element: screen(() => import('@/features/guides/routes/guides-route')) },
  { path: '/settings', element: screen(() => import('@/features/settings/routes/settings-route')) },
  { path: '/more', element: screen(() => import('./routes/more-route')) },
  { path: '*', element: screen(() => import('./routes/not-found-route')) },
];

export function AppRoutes() {
  return (
    <AppShell>
      <Routes routes={routes} />
    </AppShell>
  );
}
