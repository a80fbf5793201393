/**
 * Small facts kept in localStorage beside the database, so the page can use them before any script
 * module or IndexedDB is ready: the prerendered shell's inline script reads them too (vite.config.ts), so
 * this file imports nothing. They are hints: the database stays the truth, and a lost hint costs only a
 * different first paint.
 */

/** The reader's language, as last chosen (src/app/i18n.ts). */
export const LANGUAGE_STORAGE_KEY = 'yibao.language';

/** '1' once this phone holds at least one person, '0' when it holds none. Absent on a first visit. */
export const PEOPLE_HINT_KEY = 'yibao.people';

/**
 * Whether this phone is known to hold nobody yet: true on a first visit and after everyone was deleted.
 * False when unsure (storage blocked), so a returning user never sees the first-visit welcome by mistake.
 */
export function knownToHoldNobody(): boolean {
  try {
    return localStorage.getItem(PEOPLE_HINT_KEY) !== '1';
  } catch {
    return false;
  }
}

/** Keeps the hint in step with the database; called wherever the people on the phone are read or replaced. */
export function rememberPeopleCount(count: number): void {
  try {
    localStorage.setItem(PEOPLE_HINT_KEY, count > 0 ? '1' : '0');
  } catch {
    // storage blocked: the first paint shows the neutral skeleton instead of the welcome
  }
}
