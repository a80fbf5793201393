import { lazy, useState, type ComponentType } from 'react';
import { matchRoutes, useRoutes, type RouteObject } from 'react-router';
import { chunkRetries, loadChunk } from '@/components/chunk-load';
import { namespaces as card } from '@/features/card/routes/namespaces';
import { namespaces as checklist } from '@/features/checklist/routes/namespaces';
import { namespaces as clinic } from '@/features/clinic/routes/namespaces';
import { namespaces as family } from '@/features/family/routes/namespaces';
import { namespaces as filings } from '@/features/filings/routes/namespaces';
import { namespaces as guides } from '@/features/guides/routes/namespaces';
import { namespaces as profile } from '@/features/profile/routes/namespaces';
import { namespaces as settings } from '@/features/settings/routes/namespaces';
import { namespaces as shanghai } from '@/features/shanghai/routes/namespaces';
import { namespaces as start } from '@/features/start/routes/namespaces';
import { namespaces as timeline } from '@/features/timeline/routes/namespaces';
import { homeScreen } from './home-screen';
import { AppShell } from './layout/AppShell';

/** What a screen's chunk exports. */
export interface ScreenModule {
  Component: ComponentType;
}

export interface Screen {
  /**
   * The translation namespaces the screen renders with (besides `common`, which is always there): a promise,
   * as home's depend on what the phone holds (src/app/home-screen.ts).
   */
  namespaces: () => Promise<readonly string[]>;
  /** Fetches and runs the screen's chunk (once), so that it can render without waiting. */
  preload: () => Promise<ScreenModule>;
  /** The chunk's screen once it has loaded, else undefined. */
  loaded: () => ScreenModule | undefined;
  /**
   * The same screen through React's `lazy`: it suspends until the chunk is here. It stays the same after a
   * failed fetch (React keeps that failure, and the error boundary shows it) until the reader asks to try
   * again; then it is a new one, which fetches again.
   */
  lazy: () => ComponentType;
}

/**
 * Each screen is its own chunk, loaded on first visit (and precached by the service worker). Start-up
 * preloads the first screen's chunk (src/app/main.tsx), so that React builds the real screen in its first
 * pass; any other screen loads through `React.lazy` when it is first shown.
 */
export function defineScreen(namespaces: readonly string[], load: () => Promise<ScreenModule>): Screen {
  let loaded: ScreenModule | undefined;
  let loading: Promise<ScreenModule> | undefined;
  let failedBefore: number | undefined; // the retries count when the last fetch failed
  let Lazy: ComponentType | undefined;
  // A chunk that cannot be fetched rejects with a ChunkLoadError, which the screen's error boundary shows
  // as "reload to update" (src/app/routes/RouteError.tsx).
  const preload = () =>
    (loading ??= loadChunk(load).then(
      (module) => (loaded = module),
      (error: unknown) => {
        loading = undefined; // asked again, it fetches again
        failedBefore = chunkRetries();
        throw error;
      },
    ));
  const lazyScreen = () => {
    if (!Lazy || (failedBefore !== undefined && failedBefore !== chunkRetries())) {
      failedBefore = undefined;
      Lazy = lazy(() => preload().then((module) => ({ default: module.Component })));
    }
    return Lazy;
  };
  return { namespaces: () => Promise.resolve(namespaces), preload, loaded: () => loaded, lazy: lazyScreen };
}

/**
 * A screen's element. A screen whose chunk is already here renders its component at once; one that is not
 * renders the lazy component, which suspends until it is. Which of the two is decided once, when the
 * route mounts, so that a screen is never swapped for a copy of itself (which would lose what was typed).
 */
export function ScreenElement({ screen }: { screen: Screen }) {
  const [ready] = useState(screen.loaded);
  // Kept from the mount: the same lazy screen until a fetch fails, and a new one when the error boundary
  // mounts this element again ("Try again").
  const [Lazy] = useState(screen.lazy);
  if (ready) return <ready.Component />;
  return <Lazy />;
}

/** The route table: the frame (AppShell, with the notices and the navigation) around every screen. */
function screenRoute(path: string, screen: Screen): RouteObject {
  return { path, element: <ScreenElement screen={screen} />, handle: screen };
}

export const routes: RouteObject[] = [
  {
    element: <AppShell />,
    children: [
      screenRoute(
        '/',
        homeScreen(defineScreen(timeline, () => import('@/features/timeline/routes/timeline-route'))),
      ),
      screenRoute(
        '/profile',
        defineScreen(profile, () => import('@/features/profile/routes/profile-route')),
      ),
      screenRoute(
        '/card',
        defineScreen(card, () => import('@/features/card/routes/card-route')),
      ),
      screenRoute(
        '/clinic',
        defineScreen(clinic, () => import('@/features/clinic/routes/clinic-route')),
      ),
      screenRoute(
        '/filings',
        defineScreen(filings, () => import('@/features/filings/routes/filings-route')),
      ),
      screenRoute(
        '/shanghai',
        defineScreen(shanghai, () => import('@/features/shanghai/routes/shanghai-route')),
      ),
      screenRoute(
        '/family',
        defineScreen(family, () => import('@/features/family/routes/family-route')),
      ),
      screenRoute(
        '/checklist',
        defineScreen(checklist, () => import('@/features/checklist/routes/checklist-route')),
      ),
      screenRoute(
        '/guides/:id?',
        defineScreen(guides, () => import('@/features/guides/routes/guides-route')),
      ),
      screenRoute(
        '/settings',
        defineScreen(settings, () => import('@/features/settings/routes/settings-route')),
      ),
      screenRoute(
        '/start',
        defineScreen(start, () => import('@/features/start/routes/start-route')),
      ),
      screenRoute(
        '/more',
        defineScreen([], () => import('./routes/more-route')),
      ),
      screenRoute(
        '*',
        defineScreen([], () => import('./routes/not-found-route')),
      ),
    ],
  },
];

/**
 * The screen at `pathname`: its translation namespaces, and its code, which starts loading now (a failure
 * is left for the screen's error boundary to show when it renders).
 */
export function preloadScreen(pathname: string): {
  namespaces: Promise<readonly string[]>;
  loaded: Promise<unknown>;
} {
  const match = matchRoutes(routes, pathname)?.at(-1)?.route.handle as Screen | undefined;
  if (!match) return { namespaces: Promise.resolve([]), loaded: Promise.resolve() };
  return { namespaces: match.namespaces(), loaded: match.preload().catch(() => undefined) };
}

/** Every screen of the app, in its frame, routed by React Router from the current location. */
export function AppRoutes() {
  return useRoutes(routes);
}
