/** Every screen of the app, in menu order. `primary` ones are in the bottom bar; the rest under "More". */
export const SCREENS = [
  { path: '/', key: 'timeline', icon: 'list', primary: true },
  { path: '/card', key: 'card', icon: 'card', primary: true },
  { path: '/clinic', key: 'clinic', icon: 'clinic', primary: true },
  { path: '/filings', key: 'filings', icon: 'plane', primary: true },
  { path: '/profile', key: 'profile', icon: 'person', primary: false },
  { path: '/family', key: 'family', icon: 'people', primary: false },
  { path: '/shanghai', key: 'shanghai', icon: 'city', primary: false },
  { path: '/checklist', key: 'checklist', icon: 'check', primary: false },
  { path: '/guides', key: 'guides', icon: 'book', primary: false },
  { path: '/settings', key: 'settings', icon: 'gear', primary: false },
] as const;

export type IconName = (typeof SCREENS)[number]['icon'] | 'more';
