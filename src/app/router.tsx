import { createBrowserRouter } from 'react-router';
import { AppShell } from './layout/AppShell';
import { RouteError } from './routes/RouteError';

/** Each screen is its own chunk, loaded on first visit (and precached by the service worker). */
export const createRouter = () =>
  createBrowserRouter([
    {
      element: <AppShell />,
      errorElement: <RouteError />,
      children: [
        { index: true, lazy: () => import('@/features/timeline/routes/timeline-route') },
        { path: 'profile', lazy: () => import('@/features/profile/routes/profile-route') },
        { path: 'card', lazy: () => import('@/features/card/routes/card-route') },
        { path: 'clinic', lazy: () => import('@/features/clinic/routes/clinic-route') },
        { path: 'filings', lazy: () => import('@/features/filings/routes/filings-route') },
        { path: 'shanghai', lazy: () => import('@/features/shanghai/routes/shanghai-route') },
        { path: 'family', lazy: () => import('@/features/family/routes/family-route') },
        { path: 'checklist', lazy: () => import('@/features/checklist/routes/checklist-route') },
        { path: 'guides/:id?', lazy: () => import('@/features/guides/routes/guides-route') },
        { path: 'settings', lazy: () => import('@/features/settings/routes/settings-route') },
        { path: 'more', lazy: () => import('./routes/more-route') },
        { path: '*', lazy: () => import('./routes/not-found-route') },
      ],
    },
  ]);
