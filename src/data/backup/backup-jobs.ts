import { backupCounts, decodeBackup, parseBackup, type BackupProblem } from '@/domain/backup/parse';
import { MAX_BACKUP_BYTES, type Backup } from '@/domain/backup/schema';
import { db } from '../db';
import { BrokenLinksError, exportBackup, importBackup } from './backup';

/** What the import preview shows of a file that passed every check. */
export interface BackupSummary {
  exportedAt: string;
  people: string[];
  counts: Record<string, number>;
}

export type ReadOutcome =
  { ok: true; summary: BackupSummary } | { ok: false; problem: BackupProblem | 'unreadable' };

export type ImportOutcome =
  { ok: true; people: number } | { ok: false; problem: 'broken-links' | 'importFailed' };

export type ImportMode = 'replace' | 'merge';

/** The heavy backup work, the same in a worker (backup-worker.ts) or, where there is none, on the page. */
export interface BackupJobs {
  /** Reads and checks a file; a good one is kept for `import` and summarised for the preview. */
  read(file: Blob): Promise<ReadOutcome>;
  /** Writes the file last read, in one transaction. */
  import(mode: ImportMode): Promise<ImportOutcome>;
  export(now: string, appVersion: string): Promise<{ fileName: string; json: string }>;
  /** Drops the file last read (the preview was cancelled). */
  forget(): Promise<void>;
}

export function createBackupJobs(): BackupJobs {
  let pending: Backup | undefined;
  return {
    async read(file) {
      pending = undefined;
      if (file.size > MAX_BACKUP_BYTES) return { ok: false, problem: 'too-large' };
      let bytes: ArrayBuffer;
      try {
        bytes = await file.arrayBuffer();
      } catch {
        return { ok: false, problem: 'unreadable' };
      }
      const text = decodeBackup(bytes);
      if (text === null) return { ok: false, problem: 'not-utf8' };
      const result = parseBackup(text, file.size);
      if (!result.ok) return { ok: false, problem: result.problem };
      pending = result.backup;
      return {
        ok: true,
        summary: {
          exportedAt: result.backup.exportedAt,
          people: result.backup.data.profiles.map((p) => p.name),
          counts: backupCounts(result.backup),
        },
      };
    },
    async import(mode) {
      if (!pending) return { ok: false, problem: 'importFailed' };
      try {
        await importBackup(pending, mode);
        pending = undefined;
        return { ok: true, people: await db.profiles.count() };
      } catch (reason) {
        return { ok: false, problem: reason instanceof BrokenLinksError ? 'broken-links' : 'importFailed' };
      }
    },
    export: (now, appVersion) => exportBackup(now, appVersion),
    async forget() {
      pending = undefined;
    },
  };
}
