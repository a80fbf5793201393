import { afterEach, describe, expect, it, vi } from 'vitest';
import { openBackupJobs } from './backup-client';

/** A worker that starts, takes a message, and then fails (as a worker whose script cannot load does). */
class FailingWorker extends EventTarget {
  onerror: ((event: Event) => void) | null = null;
  terminated = false;
  static last: FailingWorker | undefined;
  constructor() {
    super();
    FailingWorker.last = this;
  }
  postMessage() {
    queueMicrotask(() => this.onerror?.(new Event('error')));
  }
  terminate() {
    this.terminated = true;
  }
}

describe('the backup jobs, in a worker or on the page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('run on the page where there is no worker', async () => {
    vi.stubGlobal('Worker', undefined);
    const jobs = openBackupJobs();
    const outcome = await jobs.read(new Blob(['not json']));
    expect(outcome).toMatchObject({ ok: false, problem: 'not-json' });
    jobs.close();
  });

  it('fall back to the page when the worker fails, and the job still answers', async () => {
    vi.stubGlobal('Worker', FailingWorker);
    const jobs = openBackupJobs();
    const outcome = await jobs.read(new Blob(['{"format":"something else"}']));
    expect(outcome).toMatchObject({ ok: false, problem: 'not-backup' });
    expect(FailingWorker.last?.terminated).toBe(true);
    jobs.close();
  });
});
