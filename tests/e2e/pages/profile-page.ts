import type { Page } from 'playwright-core';

/** The /profile screen, driven by its visible English labels (docs/ui-contract.md). */
export class ProfilePage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/profile?lng=en');
    await this.page.getByLabel('Full name', { exact: true }).waitFor();
  }

  async fill(person: {
    name: string;
    idType?: string;
    idNumber: string;
    mobile?: string;
    dateOfBirth?: string;
    city?: string;
  }) {
    await this.page.getByLabel('Full name', { exact: true }).fill(person.name);
    if (person.idType)
      await this.page.getByLabel('ID type', { exact: true }).selectOption({ label: person.idType });
    await this.page.getByLabel('ID number', { exact: true }).fill(person.idNumber);
    if (person.mobile) await this.page.getByLabel('Mobile number', { exact: true }).fill(person.mobile);
    if (person.dateOfBirth)
      await this.page.getByLabel('Date of birth', { exact: true }).fill(person.dateOfBirth);
    if (person.city) await this.page.getByLabel('City', { exact: true }).selectOption({ label: person.city });
  }

  async save() {
    await this.page.getByRole('button', { name: 'Save', exact: true }).click();
  }

  status() {
    return this.page.getByRole('status').filter({ hasText: /\S/ });
  }
}
