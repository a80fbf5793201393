// A dedicated worker: reading, checking and writing a backup of 10,000 records takes far longer than a
// frame, so it happens here and the page stays responsive. The worker opens the same database (IndexedDB
// works in workers), and the page's live queries see the changes through Dexie's cross-context events.
// Comlink carries the calls and their results (structured clone; a Blob passes as it is).
import { expose } from 'comlink';
import { createBackupJobs } from './backup-jobs';

expose(createBackupJobs());
