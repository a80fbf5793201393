import { lazy, useState, type ComponentType } from 'react';
import { matchRoutes, useRoutes, type RouteObject } from 'react-router';
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
  /** The same screen through React's `lazy`: it suspends until the chunk is here. */
  Lazy: ComponentType;
}

/**
 * Each screen is its own chunk, loaded on first visit (and precached by the service worker). Start-up
 * preloads the first screen's chunk (src/app/main.tsx), so that React builds the real screen in its first
 * pass; any other screen loads through `React.lazy` when it is first shown.
 */
function screen(namespaces: readonly string[], load: () => Promise<ScreenModule>): Screen {
  let loaded: ScreenModule | undefined;
  let loading: Promise<ScreenModule> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (module) => (loaded = module),
      (error: unknown) => {
        loading = undefined; // the screen, when it renders, tries again (and its error boundary reports)
        throw error;
      },
    ));
  const Lazy = lazy(() => preload().then((module) => ({ default: module.Component })));
  return { namespaces: () => Promise.resolve(namespaces), preload, loaded: () => loaded, Lazy };
}

/**
 * A screen's element. A screen whose chunk is already here renders its component at once; one that is not
 * renders the lazy component, which suspends until it is. Which of the two is decided once, when the
 * route mounts, so that a screen is never swapped for a copy of itself (which would lose what was typed).
 */
function ScreenElement({ screen }: { screen: Screen }) {
  const [ready] = useState(screen.loaded);
  if (ready) return <ready.Component />;
  return <screen.Lazy />;
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
        homeScreen(screen(timeline, () => import('@/features/timeline/routes/timeline-route'))),
      ),
      screenRoute(
        '/profile',
        screen(profile, () => import('@/features/profile/routes/profile-route')),
      ),
      screenRoute(
        '/card',
        screen(card, () => import('@/features/card/routes/card-route')),
      ),
      screenRoute(
        '/clinic',
        screen(clinic, () => import('@/features/clinic/routes/clinic-route')),
      ),
      screenRoute(
        '/filings',
        screen(filings, () => import('@/features/filings/routes/filings-route')),
      ),
      screenRoute(
        '/shanghai',
        screen(shanghai, () => import('@/features/shanghai/routes/shanghai-route')),
      ),
      screenRoute(
        '/family',
        screen(family, () => import('@/features/family/routes/family-route')),
      ),
      screenRoute(
        '/checklist',
        screen(checklist, () => import('@/features/checklist/routes/checklist-route')),
      ),
      screenRoute(
        '/guides/:id?',
        screen(guides, () => import('@/features/guides/routes/guides-route')),
      ),
      screenRoute(
        '/settings',
        screen(settings, () => import('@/features/settings/routes/settings-route')),
      ),
      screenRoute(
        '/start',
        screen(start, () => import('@/features/start/routes/start-route')),
      ),
      screenRoute(
        '/more',
        screen([], () => import('./routes/more-route')),
      ),
      screenRoute(
        '*',
        screen([], () => import('./routes/not-found-route')),
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
