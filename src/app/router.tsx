import { lazy, type ComponentType } from 'react';
import { matchPath, Routes, type RouteDefinition } from '@/components/router';
import { namespaces as card } from '@/features/card/routes/namespaces';
import { namespaces as checklist } from '@/features/checklist/routes/namespaces';
import { namespaces as clinic } from '@/features/clinic/routes/namespaces';
import { namespaces as family } from '@/features/family/routes/namespaces';
import { namespaces as filings } from '@/features/filings/routes/namespaces';
import { namespaces as guides } from '@/features/guides/routes/namespaces';
import { namespaces as profile } from '@/features/profile/routes/namespaces';
import { namespaces as settings } from '@/features/settings/routes/namespaces';
import { namespaces as shanghai } from '@/features/shanghai/routes/namespaces';
import { namespaces as timeline } from '@/features/timeline/routes/namespaces';
import { AppShell } from './layout/AppShell';

/** What a screen's chunk exports. */
interface ScreenModule {
  Component: ComponentType;
}

interface Screen extends RouteDefinition {
  /** The translation namespaces the screen renders with (besides `common`, which is always there). */
  namespaces: readonly string[];
  /** Fetches and runs the screen's chunk (once), so that it can render without waiting. */
  preload: () => Promise<ScreenModule>;
}

/** A thenable that has already settled: `lazy` reads its value without suspending. */
function settled<T>(value: T): Promise<T> {
  const thenable = { then: (onFulfilled: (settledValue: T) => unknown) => void onFulfilled(value) };
  return thenable as unknown as Promise<T>;
}

/**
 * Each screen is its own chunk, loaded on first visit (and precached by the service worker). Once a
 * screen's chunk has loaded, its lazy component resolves at once: React's `lazy` takes a thenable, and
 * this one calls back synchronously, so a screen preloaded at start-up renders in the first pass instead
 * of suspending and committing a placeholder first.
 */
function screen(path: string, namespaces: readonly string[], load: () => Promise<ScreenModule>): Screen {
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
  const Lazy = lazy(() => {
    if (!loaded) return preload().then((module) => ({ default: module.Component }));
    return settled({ default: loaded.Component });
  });
  return { path, namespaces, element: <Lazy />, preload };
}

const screens: readonly Screen[] = [
  screen('/', timeline, () => import('@/features/timeline/routes/timeline-route')),
  screen('/profile', profile, () => import('@/features/profile/routes/profile-route')),
  screen('/card', card, () => import('@/features/card/routes/card-route')),
  screen('/clinic', clinic, () => import('@/features/clinic/routes/clinic-route')),
  screen('/filings', filings, () => import('@/features/filings/routes/filings-route')),
  screen('/shanghai', shanghai, () => import('@/features/shanghai/routes/shanghai-route')),
  screen('/family', family, () => import('@/features/family/routes/family-route')),
  screen('/checklist', checklist, () => import('@/features/checklist/routes/checklist-route')),
  screen('/guides/:id?', guides, () => import('@/features/guides/routes/guides-route')),
  screen('/settings', settings, () => import('@/features/settings/routes/settings-route')),
  screen('/more', [], () => import('./routes/more-route')),
  screen('*', [], () => import('./routes/not-found-route')),
];

/**
 * The screen at `pathname`: its translation namespaces, and its code, which starts loading now (a failure
 * is left for the screen's error boundary to show when it renders).
 */
export function preloadScreen(pathname: string): { namespaces: readonly string[]; loaded: Promise<unknown> } {
  const match = screens.find((s) => matchPath(s.path, pathname));
  if (!match) return { namespaces: [], loaded: Promise.resolve() };
  return { namespaces: match.namespaces, loaded: match.preload().catch(() => undefined) };
}

export function AppRoutes() {
  return (
    <AppShell>
      <Routes routes={screens} />
    </AppShell>
  );
}
