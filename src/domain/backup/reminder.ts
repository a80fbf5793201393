/** Instants are ISO timestamps. Pure: "now" is passed in. */
export const BACKUP_REMINDER_DAYS = 30;
const DAY = 86_400_000;

/**
 * Remind gently to back up when the data changed since the last backup and that backup (or, with none,
 * the first change) is at least 30 days old; a "later" snoozes it for a week.
 */
export function backupReminderDue(input: {
  now: string;
  lastBackupAt?: string;
  firstChangeAt?: string;
  lastChangeAt?: string;
  snoozedUntil?: string;
}): boolean {
  const { now, lastBackupAt, firstChangeAt, lastChangeAt, snoozedUntil } = input;
  if (!lastChangeAt) return false;
  if (lastBackupAt && Date.parse(lastChangeAt) <= Date.parse(lastBackupAt)) return false;
  if (snoozedUntil && Date.parse(now) < Date.parse(snoozedUntil)) return false;
  const since = lastBackupAt ?? firstChangeAt ?? lastChangeAt;
  return Date.parse(now) - Date.parse(since) >= BACKUP_REMINDER_DAYS * DAY;
}
