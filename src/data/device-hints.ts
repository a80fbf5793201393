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

/** '1' once the app has offered to be installed (src/components/install): it offers it once, unasked. */
export const INSTALL_OFFERED_KEY = 'yibao.installOffered';

/** '1' while the in-app browser notice is put away, for this visit (sessionStorage). */
export const IN_APP_NOTICE_DISMISSED_KEY = 'yibao.inAppNoticeDismissed';

/** Reads a hint; null when it is absent or storage is blocked (private mode, an in-app browser's rules). */
export function readHint(storage: 'local' | 'session', key: string): string | null {
  try {
    return (storage === 'local' ? localStorage : sessionStorage).getItem(key);
  } catch {
    return null;
  }
}

/** Writes a hint; a blocked storage only means the hint is not kept. */
export function writeHint(storage: 'local' | 'session', key: string, value: string): void {
  try {
    (storage === 'local' ? localStorage : sessionStorage).setItem(key, value);
  } catch {
    // not kept: the app asks or offers again next time
  }
}
