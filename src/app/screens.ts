/**
 * Every screen of the app, in menu order: the one list the router (router.tsx), the navigation (the tab
 * bar, the side rail and "More", navigation.ts) and the browser tests' list of routes are derived from.
 *
 * - `key`: the screen's code is `src/features/<key>/routes/<key>-route.tsx` (exporting `Component`), with the
 *   translation namespaces it renders with in `namespaces.ts` beside it; a screen of the frame itself is
 *   `src/app/routes/<key>-route.tsx` (its words in `common`). Its menu label is `common:nav.<key>`.
 * - `icon`: its drawing in the menu (`src/app/layout/icon.tsx`); a screen without one is not in the menu.
 * - `tabIn`: the tab sets whose bottom bar shows it, space-separated (a Shenzhen student's card and clinic,
 *   a Shanghai student's own steps, a family member's family and people screens), as layout/frame.css reads
 *   it from `data-tab-in` (a new tab set needs a rule there too); the rest are under "More". Wide screens
 *   show every menu screen in the side rail.
 * - `pages`: it has pages of its own below its path (`/guides/:id`).
 *
 * This module is data only: the build's prerender (src/app/shell/shell-plugin.ts) reads it in Node.
 */
export const SCREENS = [
  { path: '/', key: 'timeline', icon: 'list', tabIn: 'shenzhen shanghai family' },
  { path: '/card', key: 'card', icon: 'card', tabIn: 'shenzhen' },
  { path: '/clinic', key: 'clinic', icon: 'clinic', tabIn: 'shenzhen' },
  { path: '/shanghai', key: 'shanghai', icon: 'city', tabIn: 'shanghai' },
  { path: '/filings', key: 'filings', icon: 'plane', tabIn: 'shenzhen shanghai' },
  { path: '/family', key: 'family', icon: 'people', tabIn: 'family' },
  { path: '/profile', key: 'profile', icon: 'person', tabIn: 'family' },
  { path: '/checklist', key: 'checklist', icon: 'check', tabIn: '' },
  { path: '/guides', key: 'guides', icon: 'book', tabIn: 'shanghai family', pages: true },
  { path: '/settings', key: 'settings', icon: 'gear', tabIn: '' },
  // Reached from the welcome and from "More", never from the menu.
  { path: '/start', key: 'start' },
  { path: '/more', key: 'more' },
] as const satisfies readonly Screen[];

interface Screen {
  path: string;
  key: string;
  icon?: string;
  tabIn?: string;
  pages?: boolean;
}

/** A screen of the menu: one with an icon and its tab sets. */
export type MenuScreen = Extract<(typeof SCREENS)[number], { icon: string }>;
