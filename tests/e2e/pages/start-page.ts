import type { Page } from 'playwright-core';

/** The first visit's three answers, by their visible names in the language on screen. */
export interface StartAnswers {
  role: RegExp;
  city: RegExp;
  document: string;
  documentLabel: RegExp;
  save: string;
}

/**
 * Answers the first visit's three questions (who, the student's city, the student's document) and saves;
 * the app then asks for the person's details on /profile?add=1. `followOnly` ticks "only follow".
 */
export async function answerStart(page: Page, answers: StartAnswers, followOnly?: RegExp) {
  await page.getByRole('radio', { name: answers.role }).check();
  await page.getByRole('radio', { name: answers.city }).check();
  await page.getByLabel(answers.documentLabel).selectOption({ label: answers.document });
  if (followOnly) await page.getByRole('checkbox', { name: followOnly }).check();
  await page.getByRole('button', { name: answers.save, exact: true }).click();
  await page.waitForURL(/\/profile\?add=1$/);
}
