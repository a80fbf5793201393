import { describe, expect, it } from 'vitest';
import { backupReminderDue } from './reminder';

const at = (day: number) => new Date(Date.UTC(2026, 0, 1 + day)).toISOString();

describe('backup reminder', () => {
  it.each([
    ['no changes ever', { now: at(100) }, false],
    [
      'changed 29 days ago, never backed up',
      { now: at(29), firstChangeAt: at(0), lastChangeAt: at(0) },
      false,
    ],
    [
      'changed 30 days ago, never backed up',
      { now: at(30), firstChangeAt: at(0), lastChangeAt: at(0) },
      true,
    ],
    [
      'backed up 40 days ago, nothing changed since',
      { now: at(40), lastBackupAt: at(0), firstChangeAt: at(-5), lastChangeAt: at(-1) },
      false,
    ],
    [
      'backed up 40 days ago, changed since',
      { now: at(40), lastBackupAt: at(0), lastChangeAt: at(10) },
      true,
    ],
    [
      'backed up 20 days ago, changed since',
      { now: at(20), lastBackupAt: at(0), lastChangeAt: at(10) },
      false,
    ],
    ['snoozed', { now: at(40), lastBackupAt: at(0), lastChangeAt: at(10), snoozedUntil: at(45) }, false],
    ['snooze over', { now: at(46), lastBackupAt: at(0), lastChangeAt: at(10), snoozedUntil: at(45) }, true],
  ])('%s → %s', (_name, input, due) => {
    expect(backupReminderDue(input)).toBe(due);
  });
});
