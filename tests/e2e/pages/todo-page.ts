import type { Page } from 'playwright-core';

/**
 * A step on the to-do whose title has this text: the next-step card, or an item of the list below it (the
 * card's step is not repeated in the list). By its title: the card also says which step was just answered.
 */
export const todoStep = (page: Page, text: string | RegExp) =>
  page
    .locator('main section.next, main li.item')
    .filter({ has: page.locator('.next__title, .item__title', { hasText: text }) });
