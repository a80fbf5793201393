import type { IconName } from '../navigation';

/**
 * The frame's small line icons (24 × 24, stroked), drawn once in the page as a sprite (`iconSprite`, put
 * into index.html at build time by src/app/shell/shell-plugin.ts) and used by name (src/app/layout/icon.tsx):
 * their drawing is markup the page already holds, not code to fetch and run.
 */
export const ICON_PATHS: Record<IconName, string> = {
  list: 'M8 6h13M8 12h13M8 18h13M3 6h.01M3 12h.01M3 18h.01',
  card: 'M3 5h18v14H3zM3 10h18M7 15h4',
  clinic: 'M12 3l9 7v11H3V10zM12 11v6M9 14h6',
  plane: 'M2 16l20-6-20-6 4 6-4 6zM6 10h10',
  person: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21a8 8 0 0 1 16 0',
  people: 'M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM17 11a3 3 0 1 0 0-6M3 20a6 6 0 0 1 12 0M15 14a6 6 0 0 1 6 6',
  city: 'M3 21V9l6-4v16M9 21V3l12 5v13M13 10h4M13 14h4M13 18h4',
  check: 'M4 12l5 5L20 6',
  book: 'M4 4h7a3 3 0 0 1 3 3v13a2 2 0 0 0-2-2H4zM20 4h-5a3 3 0 0 0-3 3',
  gear: 'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM19 12l2-1-2-4-2 1-2-2V4h-4v2L9 8 7 7l-2 4 2 1v2l-2 1 2 4 2-1 2 2v2h4v-2l2-2 2 1 2-4-2-1z',
  more: 'M5 12h.01M12 12h.01M19 12h.01',
};

/** The id of an icon's symbol in the page. */
export const iconId = (name: IconName) => `icon-${name}`;

/** The sprite: one hidden SVG of symbols, before the app's root (React never renders over it). */
export function iconSprite(): string {
  const symbols = Object.entries(ICON_PATHS)
    .map(
      ([name, path]) =>
        `<symbol id="${iconId(name as IconName)}" viewBox="0 0 24 24"><path d="${path}"/></symbol>`,
    )
    .join('');
  return `<div hidden><svg xmlns="http://www.w3.org/2000/svg">${symbols}</svg></div>`;
}
