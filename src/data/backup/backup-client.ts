import { markChanged } from '../change-tracker';
import { rememberPeopleCount } from '../device-hints';
import { releaseProxy, wrap, type Remote } from 'comlink';
import type { BackupJobs } from './backup-jobs';

/**
 * The backup jobs for a screen: in a worker where the browser has them, so a big file never holds the page
 * up, and on the page otherwise (or if the worker cannot start or fails). Comlink carries the calls to the
 * worker (issue 19: a kept library rather than hand-written messages). `close()` ends the worker.
 */
export function openBackupJobs(): BackupJobs & { close(): void } {
  let worker: Worker | undefined;
  let remote: Remote<BackupJobs> | undefined;
  let local: Promise<BackupJobs> | undefined;
  /** What each call still waiting on the worker does if the worker fails: the same job on the page. */
  const fallbacks = new Set<() => void>();

  const onPage = () => (local ??= import('./backup-jobs').then((m) => m.createBackupJobs()));
  const giveUpOnWorker = () => {
    worker?.terminate();
    worker = undefined;
    remote = undefined;
    for (const fallback of fallbacks) fallback();
    fallbacks.clear();
  };

  if (typeof Worker !== 'undefined') {
    try {
      worker = new Worker(new URL('./backup-worker.ts', import.meta.url), { type: 'module' });
      worker.onerror = giveUpOnWorker;
      remote = wrap<BackupJobs>(worker);
    } catch {
      worker = undefined;
    }
  }

  /** Runs a job in the worker; if the call or the worker fails, on the page instead. */
  function run<T>(
    inWorker: (jobs: Remote<BackupJobs>) => Promise<T>,
    here: (jobs: BackupJobs) => Promise<T>,
  ) {
    const jobs = remote;
    if (!jobs) return onPage().then(here);
    return new Promise<T>((resolve, reject) => {
      let settled = false;
      const fallback = () => {
        if (settled) return;
        settled = true;
        fallbacks.delete(fallback);
        onPage().then(here).then(resolve, reject);
      };
      fallbacks.add(fallback);
      inWorker(jobs).then((value) => {
        if (settled) return;
        settled = true;
        fallbacks.delete(fallback);
        resolve(value);
      }, fallback);
    });
  }

  return {
    read: (file) =>
      run(
        (jobs) => jobs.read(file),
        (jobs) => jobs.read(file),
      ),
    async import(mode, prefer) {
      const inWorker = worker !== undefined;
      const outcome = await run(
        (jobs) => jobs.import(mode, prefer),
        (jobs) => jobs.import(mode, prefer),
      );
      // The worker has no localStorage: the page keeps the first-paint hint and the change times.
      if (outcome.ok && inWorker) {
        rememberPeopleCount(outcome.people);
        markChanged();
      }
      return outcome;
    },
    export: (now, appVersion) =>
      run(
        (jobs) => jobs.export(now, appVersion),
        (jobs) => jobs.export(now, appVersion),
      ),
    forget: () =>
      run(
        (jobs) => jobs.forget(),
        (jobs) => jobs.forget(),
      ),
    close() {
      const closing = remote;
      remote = undefined;
      if (closing) closing[releaseProxy]();
      worker?.terminate();
      worker = undefined;
    },
  };
}
