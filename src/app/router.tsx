import { lazy, useState, type ComponentType } from 'react';
import { matchRoutes, useRoutes, type RouteObject } from 'react-router';
import { chunkRetries, loadChunk } from '@/components/chunk-load';
import { homeScreen } from './home-screen';
import { AppShell } from './layout/app-shell';
import { SCREENS } from './screens';

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
  // as "reload to update" (src/app/routes/route-error.tsx).
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

/**
 * Each screen's code, by file: one dynamic import each, so each screen is a chunk of its own (Vite's
 * `import.meta.glob`), and the translation namespaces each feature's screen renders with.
 */
const FEATURE_SCREENS = import.meta.glob<ScreenModule>('/src/features/*/routes/*-route.tsx');
const FRAME_SCREENS = import.meta.glob<ScreenModule>('/src/app/routes/*-route.tsx');
const FEATURE_NAMESPACES = import.meta.glob<readonly string[]>('/src/features/*/routes/namespaces.ts', {
  eager: true,
  import: 'namespaces',
});

/**
 * The screen of a key of the screens table (src/app/screens.ts): a feature's `routes/<key>-route.tsx` with
 * its `namespaces.ts`, or a screen of the frame (`src/app/routes/<key>-route.tsx`, its words in `common`).
 */
function screenOf(key: string): Screen {
  const feature = `/src/features/${key}/routes/`;
  const load = FEATURE_SCREENS[`${feature}${key}-route.tsx`];
  if (load) {
    const namespaces = FEATURE_NAMESPACES[`${feature}namespaces.ts`];
    if (!namespaces) throw new Error(`The screen ${key} has no ${feature}namespaces.ts`);
    return defineScreen(namespaces, load);
  }
  const frame = FRAME_SCREENS[`/src/app/routes/${key}-route.tsx`];
  if (!frame) throw new Error(`The screen ${key} has no ${feature}${key}-route.tsx`);
  return defineScreen([], frame);
}

/** A route of the table: its path (with its pages below it), and its screen as element and handle. */
function screenRoute(path: string, screen: Screen): RouteObject {
  return { path, element: <ScreenElement screen={screen} />, handle: screen };
}

/**
 * The route table, from the screens table: the frame (AppShell, with the notices and the navigation) around
 * every screen; home is the to-do list or, on a phone with nothing stored, the welcome (home-screen.ts); any
 * other address is "page not found".
 */
export const routes: RouteObject[] = [
  {
    element: <AppShell />,
    children: [
      ...SCREENS.map(({ path, key, ...screen }) =>
        screenRoute(
          'pages' in screen ? `${path}/:id?` : path,
          path === '/' ? homeScreen(screenOf(key)) : screenOf(key),
        ),
      ),
      screenRoute('*', screenOf('not-found')),
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
