import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openRoute, sharedSession } from './browser';
import { LANGUAGES, ROUTES } from './routes';

/** Every screen, with the guides' own pages and a guide of each kind (questions, steps). */
const SCREENS = [...ROUTES, '/guides/sources', '/guides/share', '/guides/card'];
const WIDTHS = [320, 390] as const;

interface Problem {
  where: string;
  what: string;
}

/**
 * What does not fit at this width: a page wider than the screen (the page scrolls sideways; a wide table must
 * scroll inside its own box), and tap targets under 44 × 44 CSS px. A checkbox or radio counts with its
 * label, which the user taps too; a file input that a button opens is not a target itself.
 */
async function problems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth)
      found.push(`page is ${root.scrollWidth}px wide in ${root.clientWidth}px`);
    const targets = document.querySelectorAll<HTMLElement>(
      'a[href], button, input, select, textarea, summary, [role="button"]',
    );
    for (const element of targets) {
      if (element.closest('.visually-hidden, .skip-link, dialog:not([open])')) continue;
      if (element.classList.contains('visually-hidden-file')) continue;
      let box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || getComputedStyle(element).visibility === 'hidden') continue;
      if (element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio')) {
        const label = element.labels?.[0];
        if (label) {
          const l = label.getBoundingClientRect();
          const top = Math.min(box.top, l.top);
          const left = Math.min(box.left, l.left);
          box = new DOMRect(
            left,
            top,
            Math.max(box.right, l.right) - left,
            Math.max(box.bottom, l.bottom) - top,
          );
        }
      }
      // Half a pixel of rounding, as browsers lay out fractions.
      if (box.width < 43.5 || box.height < 43.5) {
        const name = (element.textContent || element.getAttribute('aria-label') || element.tagName).trim();
        found.push(`"${name.slice(0, 30)}" is ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return found;
  });
}

/** The bottom bar's tab labels that take more than one line (each label is the link's text span). */
async function wrappedTabs(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('nav.app-nav a span')]
      .filter((label) => label.offsetParent !== null)
      .filter((label) => {
        const range = document.createRange();
        range.selectNodeContents(label);
        // One line box per distinct top: a label that wraps has two or more.
        const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        return tops.size > 1;
      })
      .map((label) => label.textContent ?? ''),
  );
}

/** Lays the page out at a width and text size, and waits for that layout to be painted. */
async function layOut(page: Page, width: number, large: boolean) {
  await page.setViewportSize({ width, height: 800 });
  await page.evaluate(async (on) => {
    document.documentElement.classList.toggle('large-text', on);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }, large);
}

// UX review 3.1 and the tap-target sweep
describe('every screen fits a phone', () => {
  const session = sharedSession({ viewport: { width: 390, height: 800 } });

  beforeAll(async () => {
    // Real data on every screen: the frozen backup of three people (Shenzhen, Shanghai, a relative).
    const { page } = session();
    await openRoute(page, '/settings?lng=en');
    await page
      .getByLabel('Import backup')
      .setInputFiles(join(process.cwd(), 'tests/fixtures/backup/v1.json'));
    await page.getByLabel(/Replace/).check();
    await page.getByRole('button', { name: 'Import now' }).click();
    await page.getByText('Restored: 3 people.', { exact: false }).waitFor({ timeout: 30_000 });
    // The Shenzhen student's screens hold the most (the card form, the clinic, the checklist).
    await openRoute(page, '/profile');
    await page.getByRole('button', { name: /Switch to 李明/ }).click();
    await page.getByRole('button', { name: /Switch to 李明/ }).waitFor({ state: 'detached' });
  }, 60_000);

  it.each(LANGUAGES.map((l) => l.lng))(
    'in %s: no screen is wider than 320 or 390 px, in normal or large text, and every target is 44 px',
    async (lng) => {
      const { page } = session();
      const found: Problem[] = [];
      for (const path of SCREENS) {
        await openRoute(page, `${path}?lng=${lng}`);
        for (const width of WIDTHS)
          for (const large of [false, true]) {
            await layOut(page, width, large);
            for (const what of await problems(page))
              found.push({ where: `${path} at ${width}px${large ? ', large text' : ''}`, what });
          }
        await layOut(page, 390, false);
      }
      expect(found).toEqual([]);
    },
    120_000,
  );
});

describe('the bottom bar', () => {
  const session = sharedSession({ viewport: { width: 320, height: 700 } });

  it.each(LANGUAGES.map((l) => l.lng))(
    'in %s: every tab label of every tab set fits one line at 320 and 390 px, in normal and large text',
    async (lng) => {
      const { page } = session();
      await openRoute(page, `/?lng=${lng}`);
      const found: Problem[] = [];
      for (const tabs of ['shenzhen', 'shanghai', 'family'])
        for (const width of WIDTHS)
          for (const large of [false, true]) {
            await page.evaluate((set) => document.documentElement.setAttribute('data-tabs', set), tabs);
            await layOut(page, width, large);
            for (const label of await wrappedTabs(page))
              found.push({ where: `${tabs} tabs at ${width}px${large ? ', large text' : ''}`, what: label });
          }
      expect(found).toEqual([]);
    },
    60_000,
  );
});
