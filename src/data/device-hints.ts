/**
 * Every key the app keeps in localStorage or sessionStorage, in one place, and guarded reads and writes:
 * storage may be blocked (private mode, an in-app browser's rules) and the app then works without them.
 * Small facts beside the database, so the page can use them before any script module or IndexedDB is
 * ready: the prerendered shell's inline script reads two of them too (vite.config.ts), so this file imports
 * nothing. They are hints: the database stays the truth, and a lost hint costs only a different first paint
 * or a reminder shown again.
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

/**
 * Calls `listener` when another tab changes the people hint: somebody was added there, or everyone
 * deleted (the browser tells only the other tabs of a change in localStorage).
 */
export function watchPeopleHintElsewhere(listener: (somebody: boolean) => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === PEOPLE_HINT_KEY) listener(event.newValue === '1');
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}

/** Keeps the hint in step with the database; called wherever the people on the phone are read or replaced. */
export function rememberPeopleCount(count: number): void {
  try {
    localStorage.setItem(PEOPLE_HINT_KEY, count > 0 ? '1' : '0');
  } catch {
    // storage blocked: the first paint shows the neutral skeleton instead of the welcome
  }
}

/**
 * Which bottom tabs this phone shows: 'shenzhen', 'shanghai' or 'family' (src/components/tab-set.ts), read by
 * the inline script too, so the first paint already shows the right tabs.
 */
export const TAB_SET_KEY = 'yibao.tabs';

/**
 * The tab sets, as their hint spells them: `TabSet` of src/domain/settings/audience.ts, whose `tabSetFor`
 * decides which applies (kept here, with no import, so the first paint's code needs nothing more).
 */
export const TAB_SETS = ['shenzhen', 'shanghai', 'family'] as const;
export const isTabSet = (value: unknown): value is (typeof TAB_SETS)[number] =>
  (TAB_SETS as readonly unknown[]).includes(value);

/** 'on' or 'off': large text (src/components/large-text.ts), applied before the first paint. */
export const LARGE_TEXT_KEY = 'yibao.largeText';

/** When the data first and last changed, for the backup reminder (src/data/change-tracker.ts). */
export const CHANGES_KEY = 'yibao.changes';

/** 'off' when the reader turned the app's reminders off on this phone (src/features/timeline/hooks/use-reminders.ts). */
export const REMINDERS_KEY = 'yibao.reminders';

/** The reminders already shown (src/features/timeline/hooks/use-reminders.ts). */
export const NOTIFIED_KEY = 'yibao.notified';

/** Until when the backup reminder is put off (src/features/timeline/components/backup-reminder.tsx). */
export const BACKUP_SNOOZED_KEY = 'yibao.backupSnoozed';

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

/** What "Delete all data" also forgets on this phone (the language and the people hint are kept or reset apart). */
export const FORGET_ON_DELETE: readonly string[] = [
  CHANGES_KEY,
  NOTIFIED_KEY,
  BACKUP_SNOOZED_KEY,
  LARGE_TEXT_KEY,
  TAB_SET_KEY,
  REMINDERS_KEY,
];

/** Forgets hints; a blocked storage has nothing to forget. */
export function forgetHints(keys: readonly string[]): void {
  for (const key of keys) {
    try {
      localStorage.removeItem(key);
    } catch {
      // nothing kept
    }
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
