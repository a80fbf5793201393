/**
 * Whether a navigation link is the current one at `pathname` (marked `aria-current="page"`): a screen's link
 * on that screen and below it (`/guides` on `/guides/…`; `/` only on `/`), and "More" (`/more`) on /more and
 * on every screen behind it (`behindMore`: src/app/navigation.ts, secondaryPaths).
 *
 * The one rule for every link of the frame. It must stay self-contained (no imports, no outside names): the
 * build also inlines its source into index.html, where it marks the prerendered frame's links before the
 * first paint (src/app/shell/start-up-code.ts), so the marks never change once the app takes over.
 */
export function isNavCurrent(href: string, pathname: string, behindMore: readonly string[]): boolean {
  const path = pathname.toLowerCase();
  const at = (h: string) => (h === '/' ? path === '/' : path === h || path.indexOf(h + '/') === 0);
  return href === '/more' ? at('/more') || behindMore.some(at) : at(href);
}
