import type { Page } from 'playwright-core';

/**
 * The /card screen. Fields are found by their form names so the same steps run in every language;
 * the English labels of docs/ui-contract.md are checked in the English run.
 */
export class CardPage {
  constructor(private readonly page: Page) {}

  async open(lng: string) {
    await this.page.goto(`/card?lng=${lng}`);
    await this.field('code').waitFor();
  }

  field(name: string) {
    return this.page.locator(`form [name="${name}"]`);
  }

  async fill(values: Partial<Record<string, string>>) {
    for (const [name, value] of Object.entries(values)) {
      const field = this.field(name);
      if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption(value!);
      else await field.fill(value!);
    }
  }

  async save() {
    await this.page.locator('form button[type="submit"]').click();
    await this.page.getByRole('status').filter({ hasText: /\S/ }).waitFor();
  }

  expectedReady() {
    return this.page.locator('.computed time');
  }

  nextStepHeading() {
    return this.page.locator('#card-next-heading');
  }
}
