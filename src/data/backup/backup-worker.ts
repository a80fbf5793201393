// A dedicated worker: reading, checking and writing a backup of 10,000 records takes far longer than a
// frame, so it happens here and the page stays responsive. The worker opens the same database (IndexedDB
// works in workers), and the page's live queries see the changes through Dexie's cross-context events.
import { createBackupJobs, type BackupJobs } from './backup-jobs';
import type { JobRequest, JobResponse } from './backup-client';

const jobs: BackupJobs = createBackupJobs();
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<JobRequest>) => void) | null;
  postMessage: (message: JobResponse) => void;
};

scope.onmessage = (event) => {
  const { id, job } = event.data;
  const run = (): Promise<unknown> => {
    switch (job.type) {
      case 'read':
        return jobs.read(job.file);
      case 'import':
        return jobs.import(job.mode, job.prefer);
      case 'export':
        return jobs.export(job.now, job.appVersion);
      case 'forget':
        return jobs.forget();
    }
  };
  run().then(
    (result) => scope.postMessage({ id, ok: true, result }),
    () => scope.postMessage({ id, ok: false }),
  );
};
