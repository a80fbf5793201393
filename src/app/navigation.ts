import type { TabSet } from '@/domain/settings/audience';
import { SCREENS, type MenuScreen } from './screens';

/** The screens of the menu, in menu order (from the screens table, src/app/screens.ts). */
export const MENU_SCREENS: readonly MenuScreen[] = SCREENS.filter(
  (screen): screen is MenuScreen => 'icon' in screen,
);

export type IconName = MenuScreen['icon'] | 'more';

/** The screens behind "More" for a tab set: "More" is the current tab on them. */
export const secondaryPaths = (tabs: TabSet): string[] =>
  MENU_SCREENS.filter((screen) => !screen.tabIn.split(' ').includes(tabs)).map((s) => s.path);
