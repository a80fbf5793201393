import type { Page } from 'playwright-core';

/**
 * A step on the to-do whose text has this: the next-step card, or an item of the list below it (the card's
 * step is not repeated in the list).
 */
export const todoStep = (page: Page, text: string | RegExp) =>
  page.locator('main section.next, main li.item', { hasText: text });
