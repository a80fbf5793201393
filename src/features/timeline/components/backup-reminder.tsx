import { useState } from 'react';
import { Link } from '@/components/link';
import { readChangeTimes } from '@/data/change-tracker';
import { BACKUP_SNOOZED_KEY, readHint, writeHint } from '@/data/device-hints';
import { backupReminderDue } from '@/domain/backup/reminder';
import { useTranslation } from '@/components/translation-keys';

const WEEK = 7 * 86_400_000;

/** A gentle note when there has been no backup for 30 days and the data has changed. */
export function BackupReminder({ lastBackupAt }: { lastBackupAt: string | undefined }) {
  const { t } = useTranslation(['settings']);
  const [now] = useState(() => new Date().toISOString());
  const [snoozedUntil, setSnoozedUntil] = useState(() => readHint('local', BACKUP_SNOOZED_KEY) ?? undefined);
  const due = backupReminderDue({ now, lastBackupAt, snoozedUntil, ...readChangeTimes() });
  if (!due) return null;
  return (
    <aside className="callout banner--quiet" aria-label={t('settings:backup.heading')}>
      <p>{t('settings:reminder.text')}</p>
      <div className="actions">
        <Link className="button button--primary" to="/settings#backup">
          {t('settings:reminder.link')}
        </Link>
        <button
          type="button"
          className="button"
          onClick={() => {
            const until = new Date(Date.parse(now) + WEEK).toISOString();
            writeHint('local', BACKUP_SNOOZED_KEY, until);
            setSnoozedUntil(until);
          }}
        >
          {t('settings:reminder.later')}
        </button>
      </div>
    </aside>
  );
}
