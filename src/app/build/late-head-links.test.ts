import { describe, expect, it } from 'vitest';
import { LATE_HEAD_ID } from '../shell/shell-ready';
import { ICON_PLACEHOLDER, moveLateHeadLinks } from './late-head-links';

const icon = '<link rel="icon" href="/favicon.svg" type="image/svg+xml" />';
const touchIcon = '<link rel="apple-touch-icon" href="/icons/apple-touch-icon.png" />';
const manifest = '<link rel="manifest" href="/manifest.webmanifest">';

/** The page's head as index.html and vite-plugin-pwa leave it. */
const page = (head: string) =>
  `<!doctype html><html><head>\n${head}\n</head><body><div id="root"></div></body></html>`;

const inHead = (html: string) => html.slice(html.indexOf('<head>'), html.indexOf('</head>'));

describe('the links that wait for the first screen', () => {
  it('moves the icon and the manifest into the inert template, with an empty icon in the icon’s place', () => {
    const html = moveLateHeadLinks(page(`    ${icon}\n    ${touchIcon}\n    <title>t</title>${manifest}`));
    const template = new DOMParser().parseFromString(html, 'text/html').getElementById(LATE_HEAD_ID);
    expect(template).toBeInstanceOf(HTMLTemplateElement);
    const moved = [...(template as HTMLTemplateElement).content.querySelectorAll('link')];
    expect(moved.map((link) => [link.rel, link.getAttribute('href')])).toEqual([
      ['icon', '/favicon.svg'],
      ['manifest', '/manifest.webmanifest'],
    ]);
    // Outside the template: the placeholder where the icon was, the iPhone's icon as it was, no manifest.
    const live = inHead(html).replace(/<template[\s\S]*<\/template>/, '');
    expect(live).toContain(ICON_PLACEHOLDER);
    expect(live).toContain(touchIcon);
    expect(live).not.toContain('/favicon.svg');
    expect(live).not.toContain('manifest');
    expect(live.indexOf(ICON_PLACEHOLDER)).toBeLessThan(live.indexOf(touchIcon));
  });

  it('fails the build when either link is missing or doubled, rather than leave it where it was', () => {
    expect(() => moveLateHeadLinks(page(icon))).toThrow(/rel="manifest"/);
    expect(() => moveLateHeadLinks(page(manifest))).toThrow(/rel="icon"/);
    expect(() => moveLateHeadLinks(page(`${icon}${icon}${manifest}`))).toThrow(/more than one/);
  });
});
