import { welcomeScreen } from '@/components/screen-skeleton';
import { databaseOpenedHere } from '@/data/database-events';
import { nothingStoredYet } from '@/features/timeline/routes/first-visit';
import type { Screen, ScreenModule } from './router';

/**
 * Home: the to-do list, or on a phone where the app has never stored anything, the welcome alone
 * (src/features/timeline/routes/first-visit.ts), which needs neither the database nor the timeline's code.
 * Which one is decided when home mounts: once this page has opened the database (the reader went on to
 * add somebody, or to any screen that reads data), home is the to-do list again.
 *
 * Kept out of router.tsx on purpose: a module that holds the screens' dynamic imports and also imports the
 * welcome's components makes Rolldown put PageHeader and NoPersonYet in chunks of their own, which the
 * first load then fetches as extra files (about 600 B more; compare rolldown/rolldown#10731).
 */
export function homeScreen(timeline: Screen): Screen {
  const welcome: ScreenModule = { Component: welcomeScreen(timeline.lazy) };
  let asked: Promise<boolean> | undefined;
  let welcomed = false;
  /** Whether home is the welcome: asked once, at start-up; never once this page has opened the database. */
  const welcoming = () =>
    databaseOpenedHere()
      ? Promise.resolve(false)
      : (asked ??= nothingStoredYet().then((nothing) => (welcomed = nothing)));
  return {
    ...timeline,
    // The welcome's words are all in `common`: the to-do list's own load only for the to-do list.
    namespaces: () => welcoming().then((nothing) => (nothing ? [] : timeline.namespaces())),
    preload: () => welcoming().then((nothing) => (nothing ? welcome : timeline.preload())),
    loaded: () => (welcomed && !databaseOpenedHere() ? welcome : timeline.loaded()),
  };
}
