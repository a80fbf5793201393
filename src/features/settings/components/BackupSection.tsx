import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { DateText } from '@/components/DateText';
import { downloadText } from '@/components/download';
import { StatusMessage } from '@/components/StatusMessage';
import { BrokenLinksError, deleteAllData, exportBackup, importBackup } from '@/data/backup/backup';
import { backupCounts, parseBackup } from '@/domain/backup/parse';
import { BACKUP_TABLES, MAX_BACKUP_BYTES, type Backup } from '@/domain/backup/schema';
import { dateInTimeZone } from '@/domain/dates/iso-date';

const LOCAL_KEYS = ['yibao.changes', 'yibao.notified', 'yibao.backupSnoozed', 'yibao.largeText'];

/** Export everything to a file, import one back (replace or merge), and delete everything. */
export function BackupSection({ lastBackupAt }: { lastBackupAt: string | undefined }) {
  const { t } = useTranslation(['settings', 'common']);
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ backup: Backup; fileName: string } | null>(null);
  const [mode, setMode] = useState<'replace' | 'merge'>('merge');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [busy, setBusy] = useState(false);

  const exportNow = async () => {
    setError(null);
    setBusy(true);
    try {
      const { fileName, json } = await exportBackup(new Date().toISOString(), __APP_VERSION__);
      downloadText(fileName, json, 'application/json');
      setStatus(t('settings:backup.exported', { file: fileName }));
    } catch {
      setError(t('settings:backup.errors.exportFailed'));
    } finally {
      setBusy(false);
    }
  };

  const choose = async (file: File | undefined) => {
    setError(null);
    setStatus(null);
    setPreview(null);
    if (!file) return;
    if (file.size > MAX_BACKUP_BYTES) {
      setError(t('settings:backup.errors.too-large'));
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setError(t('settings:backup.errors.unreadable'));
      return;
    }
    const result = parseBackup(text, file.size);
    if (inputRef.current) inputRef.current.value = '';
    if (!result.ok) {
      setError(t(`settings:backup.errors.${result.problem}`));
      return;
    }
    setPreview({ backup: result.backup, fileName: file.name });
  };

  const applyImport = async () => {
    if (!preview) return;
    setBusy(true);
    setError(null);
    try {
      await importBackup(preview.backup, mode);
      setStatus(t(`settings:backup.imported.${mode}`, { count: preview.backup.data.profiles.length }));
      setPreview(null);
    } catch (reason) {
      setError(
        reason instanceof BrokenLinksError
          ? t('settings:backup.errors.broken-links')
          : t('settings:backup.errors.importFailed'),
      );
    } finally {
      setBusy(false);
    }
  };

  const deleteEverything = async () => {
    setConfirmDelete(false);
    setError(null);
    try {
      await deleteAllData();
      for (const key of LOCAL_KEYS) localStorage.removeItem(key);
      document.documentElement.classList.remove('large-text');
      setPreview(null);
      setStatus(t('settings:delete.done'));
    } catch {
      setError(t('settings:delete.failed'));
    }
  };

  const counts = preview ? backupCounts(preview.backup) : {};
  return (
    <section className="card" id="backup" aria-labelledby="settings-backup">
      <h2 id="settings-backup">{t('settings:backup.heading')}</h2>
      <p>{t('settings:backup.intro')}</p>
      <p className="muted">
        {lastBackupAt ? (
          <>
            {t('settings:backup.last')}{' '}
            <DateText date={dateInTimeZone(new Date(lastBackupAt))} style="long" />
          </>
        ) : (
          t('settings:backup.never')
        )}
      </p>
      <div className="actions">
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => void exportNow()}
        >
          {t('settings:backup.export')}
        </button>
        <input
          ref={inputRef}
          id={inputId}
          className="visually-hidden-file"
          type="file"
          accept="application/json,.json"
          onChange={(event) => void choose(event.target.files?.[0])}
        />
        <label htmlFor={inputId} className="button file-button">
          {t('settings:backup.import')}
        </label>
      </div>
      {preview ? (
        <div className="callout" role="region" aria-labelledby="import-preview">
          <h3 id="import-preview">{t('settings:backup.preview.heading', { file: preview.fileName })}</h3>
          <p>
            {t('settings:backup.preview.made')}{' '}
            <DateText date={dateInTimeZone(new Date(preview.backup.exportedAt))} style="long" />
          </p>
          <p>
            {t('settings:backup.preview.people', {
              count: preview.backup.data.profiles.length,
              names: preview.backup.data.profiles.map((p) => p.name).join(', '),
            })}
          </p>
          <ul className="bullets">
            {BACKUP_TABLES.filter(
              (table) => table !== 'profiles' && table !== 'settings' && (counts[table] ?? 0) > 0,
            ).map((table) => (
              <li key={table}>{t(`settings:backup.tables.${table}`, { count: counts[table] })}</li>
            ))}
          </ul>
          <fieldset className="radios">
            <legend>{t('settings:backup.preview.how')}</legend>
            {(['merge', 'replace'] as const).map((value) => (
              <label key={value} className="radio">
                <input
                  type="radio"
                  name="import-mode"
                  value={value}
                  checked={mode === value}
                  onChange={() => setMode(value)}
                />
                <span>
                  <strong>{t(`settings:backup.modes.${value}.title`)}</strong>
                  <span className="tick__detail">{t(`settings:backup.modes.${value}.body`)}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <div className="actions">
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              onClick={() => void applyImport()}
            >
              {t('settings:backup.preview.confirm')}
            </button>
            <button type="button" className="button" onClick={() => setPreview(null)}>
              {t('common:actions.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="alert">
          {error}
        </p>
      ) : null}
      <StatusMessage message={status} />

      <h3>{t('settings:delete.heading')}</h3>
      <p>{t('settings:delete.intro')}</p>
      <button type="button" className="button button--danger" onClick={() => setConfirmDelete(true)}>
        {t('settings:delete.button')}
      </button>
      <ConfirmDialog
        open={confirmDelete}
        title={t('settings:delete.title')}
        confirmLabel={t('common:actions.delete')}
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() => void deleteEverything()}
      >
        <p>{t('settings:delete.body')}</p>
      </ConfirmDialog>
    </section>
  );
}
