import type { TabSet } from '@/domain/settings/audience';

/**
 * Every screen of the app, in menu order. `tabIn`: the tab sets whose bottom bar shows it, space-separated
 * (a Shenzhen student's card and clinic, a Shanghai student's own steps, a family member's family and
 * people screens), as layout/frame.css reads it from `data-tab-in`; the rest are under "More". Wide screens show
 * every screen in the side rail.
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
  { path: '/guides', key: 'guides', icon: 'book', tabIn: 'shanghai family' },
  { path: '/settings', key: 'settings', icon: 'gear', tabIn: '' },
] as const satisfies readonly { path: string; key: string; icon: string; tabIn: string }[];

export type IconName = (typeof SCREENS)[number]['icon'] | 'more';

/** The screens behind "More" for a tab set: "More" is the current tab on them. */
export const secondaryPaths = (tabs: TabSet): string[] =>
  SCREENS.filter((screen) => !screen.tabIn.split(' ').includes(tabs)).map((s) => s.path);
