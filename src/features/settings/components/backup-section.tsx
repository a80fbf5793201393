import { useEffect, useId, useRef, useState } from 'react';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { DateText } from '@/components/date-text';
import { downloadText } from '@/components/download';
import { RadioGroup } from '@/components/form/field';
import { useUnsavedChanges } from '@/components/form/unsaved-changes';
import { AlertMessage, StatusMessage } from '@/components/status-message';
import { deleteAllData } from '@/data/backup/backup';
import { FORGET_ON_DELETE, forgetHints } from '@/data/device-hints';
import { openBackupJobs } from '@/data/backup/backup-client';
import type { BackupJobs, BackupSummary, Prefer } from '@/data/backup/backup-jobs';
import { PERSON_TABLES, TABLE_NAMES } from '@/domain/tables';
import { dateInTimeZone } from '@/domain/dates/iso-date';
import { useTranslation } from '@/components/translation-keys';
import { PlanDetails } from './plan-details';

/** Export everything to a file, import one back (replace or merge), and delete everything. */
export function BackupSection({ lastBackupAt }: { lastBackupAt: string | undefined }) {
  const { t } = useTranslation(['settings', 'common']);
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ summary: BackupSummary; fileName: string } | null>(null);
  const [mode, setMode] = useState<'replace' | 'merge'>('merge');
  const [prefer, setPrefer] = useState<Prefer>('newer');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [busy, setBusy] = useState(false);
  // While an import is being written, leaving the screen (which ends the worker and rolls the import back)
  // or closing the page asks first.
  const [importing, setImporting] = useState(false);
  useUnsavedChanges(importing, 'import');
  // Reading, checking and writing a file run in a worker, so a big backup never freezes the screen.
  const jobsRef = useRef<(BackupJobs & { close(): void }) | null>(null);
  const jobs = () => (jobsRef.current ??= openBackupJobs());
  useEffect(
    () => () => {
      jobsRef.current?.close();
      jobsRef.current = null;
    },
    [],
  );

  const exportNow = async () => {
    setError(null);
    setBusy(true);
    try {
      const { fileName, json, leftOut } = await jobs().export(new Date().toISOString(), __APP_VERSION__);
      downloadText(fileName, json, 'application/json');
      setStatus(
        [
          t('settings:backup.exported', { file: fileName }),
          leftOut > 0 ? t('settings:backup.exportedLeftOut', { count: leftOut }) : '',
        ].join(' '),
      );
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
    setBusy(true);
    try {
      const result = await jobs().read(file);
      if (!result.ok) {
        const where = /^data\.(\w+)\.(\d+)/.exec(result.detail ?? '');
        const table = TABLE_NAMES.find((name) => name === where?.[1]);
        setError(
          result.problem === 'invalid' && table && where
            ? t('settings:backup.errors.invalidAt', {
                number: Number(where[2]) + 1,
                kind: t(`settings:backup.kinds.${table}`),
              })
            : t(`settings:backup.errors.${result.problem}`),
        );
        return;
      }
      setPrefer('newer');
      setPreview({ summary: result.summary, fileName: file.name });
    } catch {
      setError(t('settings:backup.errors.unreadable'));
    } finally {
      if (inputRef.current) inputRef.current.value = '';
      setBusy(false);
    }
  };

  const cancelPreview = () => {
    setPreview(null);
    void jobs().forget();
  };

  const applyImport = async () => {
    if (!preview) return;
    setBusy(true);
    setImporting(true);
    setError(null);
    try {
      const outcome = await jobs().import(mode, prefer);
      if (outcome.ok) {
        setStatus(
          [
            t(`settings:backup.imported.${mode}`, { count: preview.summary.people.length }),
            outcome.leftOut > 0 ? t('settings:backup.imported.leftOut', { count: outcome.leftOut }) : '',
          ].join(' '),
        );
        setPreview(null);
      } else {
        setError(t(`settings:backup.errors.${outcome.problem}`));
      }
    } catch {
      setError(t('settings:backup.errors.importFailed'));
    } finally {
      setBusy(false);
      setImporting(false);
    }
  };

  const deleteEverything = async () => {
    setConfirmDelete(false);
    setError(null);
    try {
      await deleteAllData();
      forgetHints(FORGET_ON_DELETE);
      document.documentElement.classList.remove('large-text');
      cancelPreview();
      setStatus(t('settings:delete.done'));
    } catch {
      setError(t('settings:delete.failed'));
    }
  };

  const counts = preview?.summary.counts ?? {};
  const plan = preview?.summary.plans[mode];
  return (
    <section className="card" id="backup" aria-labelledby="settings-backup">
      <h2 id="settings-backup">{t('settings:backup.heading')}</h2>
      <p>{t('settings:backup.intro')}</p>
      <p className="muted">
        {lastBackupAt ? (
          <>
            {t('settings:backup.last')} <DateText date={dateInTimeZone(new Date(lastBackupAt))} />
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
            <DateText date={dateInTimeZone(new Date(preview.summary.exportedAt))} />
          </p>
          <p>
            {t('settings:backup.preview.people', {
              count: preview.summary.people.length,
              names: preview.summary.people.join(t('common:punctuation.list')),
            })}
          </p>
          <ul className="bullets">
            {PERSON_TABLES.filter((table) => (counts[table] ?? 0) > 0).map((table) => (
              <li key={table}>{t(`settings:backup.tables.${table}`, { count: counts[table] })}</li>
            ))}
          </ul>
          <RadioGroup
            legend={t('settings:backup.preview.how')}
            name="import-mode"
            value={mode}
            onChange={setMode}
            options={(['merge', 'replace'] as const).map((value) => ({
              value,
              label: t(`settings:backup.modes.${value}.title`),
              detail: t(`settings:backup.modes.${value}.body`),
            }))}
          />
          {plan ? <PlanDetails plan={plan} prefer={prefer} onPrefer={setPrefer} /> : null}
          <div className="actions">
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              onClick={() => void applyImport()}
            >
              {t('settings:backup.preview.confirm')}
            </button>
            <button type="button" className="button" onClick={cancelPreview}>
              {t('common:actions.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      <AlertMessage message={error} />
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
