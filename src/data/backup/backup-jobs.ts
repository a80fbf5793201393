import { backupCounts, decodeBackup, parseBackup, type BackupProblem } from '@/domain/backup/parse';
import { planImport, type Conflict, type ImportMode, type Prefer } from '@/domain/backup/plan';
import { MAX_BACKUP_BYTES, type Backup } from '@/domain/backup/schema';
import { db } from '../db';
import { newId } from '../ids';
import { exportBackup, importBackup, readAllData, type ImportResult } from './backup';

export type { ImportMode, Prefer } from '@/domain/backup/plan';

/** What one way of importing would do, for the preview. */
export interface PlanSummary {
  /** Records left out: the person they belong to is not in the file (nor, on a merge, on the phone). */
  leftOut: number;
  /** Records the file holds twice for one person (per year for enrolments), folded into the newest. */
  duplicates: number;
  conflicts: Conflict[];
  addedAsNewPeople: string[];
}

/** What the import preview shows of a file that passed every check. */
export interface BackupSummary {
  exportedAt: string;
  people: string[];
  counts: Record<string, number>;
  plans: Record<ImportMode, PlanSummary>;
}

export type ReadOutcome =
  | { ok: true; summary: BackupSummary }
  | { ok: false; problem: BackupProblem | 'unreadable'; detail?: string | undefined };

export type ImportOutcome =
  ({ ok: true } & ImportResult) | { ok: false; problem: 'importFailed' | 'storageFull' | 'databaseClosed' };

/** The heavy backup work, the same in a worker (backup-worker.ts) or, where there is none, on the page. */
export interface BackupJobs {
  /** Reads and checks a file; a good one is kept for `import` and summarised for the preview. */
  read(file: Blob): Promise<ReadOutcome>;
  /** Writes the file last read, in one transaction. */
  import(mode: ImportMode, prefer: Prefer): Promise<ImportOutcome>;
  export(now: string, appVersion: string): Promise<{ fileName: string; json: string; leftOut: number }>;
  /** Drops the file last read (the preview was cancelled). */
  forget(): Promise<void>;
}

function summarise(plan: ReturnType<typeof planImport>): PlanSummary {
  return {
    leftOut: plan.leftOut,
    duplicates: plan.fileDuplicates.reduce((sum, set) => sum + set.removed.length, 0),
    conflicts: plan.conflicts,
    addedAsNewPeople: plan.addedAsNewPeople,
  };
}

/** Why an import's transaction failed, as the screen says it. */
function importProblem(reason: unknown): 'importFailed' | 'storageFull' | 'databaseClosed' {
  const name = (value: unknown) =>
    typeof value === 'object' && value !== null ? (value as { name?: unknown }).name : undefined;
  const inner =
    typeof reason === 'object' && reason !== null ? (reason as { inner?: unknown }).inner : undefined;
  if (name(reason) === 'QuotaExceededError' || name(inner) === 'QuotaExceededError') return 'storageFull';
  if (name(reason) === 'DatabaseClosedError') return 'databaseClosed';
  return 'importFailed';
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
      if (!result.ok) return { ok: false, problem: result.problem, detail: result.detail };
      const phone = await readAllData();
      pending = result.backup;
      const data = result.backup.data;
      return {
        ok: true,
        summary: {
          exportedAt: result.backup.exportedAt,
          people: data.profiles.map((p) => p.name),
          counts: backupCounts(result.backup),
          plans: {
            replace: summarise(planImport(phone, data, 'replace', 'newer', newId)),
            merge: summarise(planImport(phone, data, 'merge', 'newer', newId)),
          },
        },
      };
    },
    async import(mode, prefer) {
      if (!pending) return { ok: false, problem: 'importFailed' };
      try {
        const result = await importBackup(pending, mode, prefer);
        pending = undefined;
        return { ok: true, ...result, people: await db.profiles.count() };
      } catch (reason) {
        return { ok: false, problem: importProblem(reason) };
      }
    },
    export: (now, appVersion) => exportBackup(now, appVersion),
    async forget() {
      pending = undefined;
    },
  };
}
