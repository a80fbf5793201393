import { markChanged } from '../change-tracker';
import { rememberPeopleCount } from '../device-hints';
import type { BackupJobs, ImportMode, Prefer } from './backup-jobs';

export type JobRequest = {
  id: number;
  job:
    | { type: 'read'; file: Blob }
    | { type: 'import'; mode: ImportMode; prefer: Prefer }
    | { type: 'export'; now: string; appVersion: string }
    | { type: 'forget' };
};
export type JobResponse = { id: number; ok: true; result: unknown } | { id: number; ok: false };

/**
 * The backup jobs for a screen: in a worker where the browser has them, so a big file never holds the page
 * up, and on the page otherwise (or if the worker cannot start). `close()` ends the worker.
 */
export function openBackupJobs(): BackupJobs & { close(): void } {
  let worker: Worker | undefined;
  let local: Promise<BackupJobs> | undefined;
  let next = 0;
  const waiting = new Map<number, { resolve: (value: unknown) => void; fallback: () => void }>();

  const onPage = () => (local ??= import('./backup-jobs').then((m) => m.createBackupJobs()));
  const giveUpOnWorker = () => {
    worker?.terminate();
    worker = undefined;
    for (const { fallback } of waiting.values()) fallback();
    waiting.clear();
  };

  if (typeof Worker !== 'undefined') {
    try {
      worker = new Worker(new URL('./backup-worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<JobResponse>) => {
        const entry = waiting.get(event.data.id);
        if (!entry) return;
        waiting.delete(event.data.id);
        if (event.data.ok) entry.resolve(event.data.result);
        else entry.fallback();
      };
      worker.onerror = giveUpOnWorker;
    } catch {
      worker = undefined;
    }
  }

  /** Runs a job in the worker; if the worker fails, on the page instead. */
  function run<T>(job: JobRequest['job'], here: (jobs: BackupJobs) => Promise<T>): Promise<T> {
    if (!worker) return onPage().then(here);
    const id = (next += 1);
    return new Promise<T>((resolve, reject) => {
      waiting.set(id, {
        resolve: (value) => resolve(value as T),
        fallback: () => onPage().then(here).then(resolve, reject),
      });
      worker!.postMessage({ id, job } satisfies JobRequest);
    });
  }

  return {
    read: (file) => run({ type: 'read', file }, (jobs) => jobs.read(file)),
    async import(mode, prefer) {
      const inWorker = worker !== undefined;
      const outcome = await run({ type: 'import', mode, prefer }, (jobs) => jobs.import(mode, prefer));
      // The worker has no localStorage: the page keeps the first-paint hint and the change times.
      if (outcome.ok && inWorker) {
        rememberPeopleCount(outcome.people);
        markChanged();
      }
      return outcome;
    },
    export: (now, appVersion) =>
      run({ type: 'export', now, appVersion }, (jobs) => jobs.export(now, appVersion)),
    forget: () => run({ type: 'forget' }, (jobs) => jobs.forget()),
    close() {
      worker?.terminate();
      worker = undefined;
    },
  };
}
