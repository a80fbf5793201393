import { LATE_HEAD_ID } from './shell-ready';

/**
 * Puts the links that wait for the first screen (the tab's icon, the web manifest) in the head, replacing
 * the empty icon that stood in (src/app/build/late-head-links.ts). A page without them waiting (the dev
 * server's) has them in place already.
 */
export function addLateHeadLinks(): void {
  const template = document.getElementById(LATE_HEAD_ID);
  if (!(template instanceof HTMLTemplateElement)) return;
  for (const link of template.content.querySelectorAll('link')) {
    document.head.querySelector(`link[rel="${link.rel}"]`)?.remove();
    document.head.append(link);
  }
  template.remove();
}
