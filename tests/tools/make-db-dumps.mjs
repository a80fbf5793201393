// npm run fixtures:db: writes the frozen database dumps of this release's schema version into
// tests/fixtures/db/v<version>/, once. An existing dump is never overwritten: it is the record of what a
// released app wrote, and the migration tests upgrade it. A new schema version adds its own folder (see
// CONTRIBUTING.md, "A record type or a field").
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { withAppModules } from './vite-modules.mjs';

// The newest schema version whose dumps this writes (each version's records are in db-dump-v<n>.ts).
const VERSION = 5;
const folder = `tests/fixtures/db/v${VERSION}`;
await withAppModules(async (load) => {
  const dumps = await load(`/tests/tools/db-dump-v${VERSION}.ts`);
  mkdirSync(folder, { recursive: true });
  for (const [file, tables] of [
    ['complete.json', dumps.complete],
    ['with-duplicates-and-orphans.json', dumps.withDuplicatesAndOrphans],
  ]) {
    if (!tables) continue;
    const path = `${folder}/${file}`;
    if (existsSync(path)) {
      process.stdout.write(`Kept ${path} (frozen: delete it by hand only if it was never committed)\n`);
      continue;
    }
    const dump = { database: 'yibao-companion', version: VERSION, stores: dumps.STORES, tables };
    writeFileSync(path, `${JSON.stringify(dump, null, 1)}\n`, { flag: 'wx' });
    process.stdout.write(`Wrote ${path}\n`);
  }
  // The backup file this release exports of the same data: import must read it in every later release.
  const backupPath = `tests/fixtures/backup/v${dumps.BACKUP_VERSION}.json`;
  if (existsSync(backupPath)) process.stdout.write(`Kept ${backupPath} (frozen)\n`);
  else {
    mkdirSync('tests/fixtures/backup', { recursive: true });
    const backup = {
      format: 'yibao-companion-backup',
      version: dumps.BACKUP_VERSION,
      exportedAt: '2026-11-29T10:00:00.000Z',
      appVersion: '0.1.0',
      data: dumps.complete,
    };
    writeFileSync(backupPath, `${JSON.stringify(backup, null, 1)}\n`, { flag: 'wx' });
    process.stdout.write(`Wrote ${backupPath}\n`);
  }
});
