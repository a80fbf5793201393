import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_RECORD_SCHEMAS } from '@/domain/backup/schema';
import { PERSON_TABLES, TABLE_NAMES, TABLES } from '@/domain/tables';
import { ONE_PER_PERSON, ONE_PER_PERSON_TABLES } from '@/domain/records/one-per-person';
import { createDatabase } from '../db';
import { MIGRATIONS } from './index';

/**
 * Every frozen dump (tests/fixtures/db/v<n>/, written once by `npm run fixtures:db` from the release that
 * had schema version n, never regenerated) is upgraded through every migration to the latest, and what
 * comes out must parse with today's schemas. The same dumps are upgraded in Chromium (tests/e2e/upgrade).
 */
interface Dump {
  version: number;
  stores: Record<string, string>;
  tables: Record<string, Record<string, unknown>[]>;
}
const root = join(process.cwd(), 'tests/fixtures/db');
const dumps = readdirSync(root).flatMap((folder) =>
  readdirSync(join(root, folder)).map((file) => ({
    name: `${folder}/${file}`,
    dump: JSON.parse(readFileSync(join(root, folder, file), 'utf8')) as Dump,
  })),
);
const LATEST = MIGRATIONS.at(-1)!.version;

const names: string[] = [];
function freshName() {
  const name = `migration-test-${names.length}-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return name;
}
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

/** A database as the release of the dump's version left it on a phone. */
async function restore(dump: Dump): Promise<string> {
  const name = freshName();
  const old = new Dexie(name);
  old.version(dump.version).stores(dump.stores);
  await old.open();
  for (const [table, rows] of Object.entries(dump.tables)) await old.table(table).bulkAdd(rows);
  old.close();
  return name;
}

async function upgraded(dump: Dump) {
  const database = createDatabase(await restore(dump));
  await database.open();
  const tables = Object.fromEntries(
    await Promise.all(TABLE_NAMES.map(async (t) => [t, await database.table(t).toArray()] as const)),
  ) as Record<string, Record<string, unknown>[]>;
  return { database, tables };
}

const byId = (rows: readonly Record<string, unknown>[]) =>
  [...rows].sort((a, b) => String(a.id).localeCompare(String(b.id)));

describe('migrations', () => {
  it('are numbered 1, 2, 3… in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('end in the stores of the table registry: every table, with its indexes', () => {
    const newest = MIGRATIONS.at(-1)!.stores;
    expect(newest).toEqual(Object.fromEntries(TABLE_NAMES.map((name) => [name, TABLES[name].indexes])));
  });

  it('has a frozen dump of a whole database for every schema version, with that version’s stores', () => {
    // A new migration without its dump (CONTRIBUTING, "Add a migration") fails here.
    for (const migration of MIGRATIONS) {
      const found = dumps.find((d) => d.name === `v${migration.version}/complete.json`);
      expect(found, `tests/fixtures/db/v${migration.version}/complete.json`).toBeDefined();
      expect(found!.dump.version).toBe(migration.version);
      expect(found!.dump.stores).toEqual(migration.stores);
    }
    expect(dumps.map((d) => d.name)).toContain('v1/with-duplicates-and-orphans.json');
  });

  it.each(dumps)(
    '$name upgrades to the latest version, and every record parses with today’s schemas',
    async ({ dump }) => {
      const { database, tables } = await upgraded(dump);
      expect(database.verno).toBe(LATEST);
      for (const table of TABLE_NAMES) {
        for (const row of tables[table]!)
          expect(BACKUP_RECORD_SCHEMAS[table].safeParse(row).success).toBe(true);
      }
      // One record per key, and no record of a missing person.
      const people = new Set(tables.profiles!.map((p) => p.id));
      for (const table of ONE_PER_PERSON_TABLES) {
        const keys = tables[table]!.map((row) => ONE_PER_PERSON[table](row as { profileId: string }));
        expect(new Set(keys).size).toBe(keys.length);
      }
      for (const table of PERSON_TABLES)
        for (const row of tables[table]!) expect(people.has(row.profileId)).toBe(true);
      database.close();
    },
  );

  it('keeps every record of a whole version-1 database unchanged, and reports nothing', async () => {
    const { dump } = dumps.find((d) => d.name === 'v1/complete.json')!;
    const { database, tables } = await upgraded(dump);
    for (const [table, rows] of Object.entries(dump.tables))
      if (table !== 'settings' && table !== 'shanghaiEnrolments')
        expect(byId(tables[table]!)).toEqual(byId(rows));
    // The Shanghai record's one payment period and date become that year's payment (migration 0005).
    const { paymentWindowStart, paymentWindowEnd, paidOn, ...shanghai } = dump.tables
      .shanghaiEnrolments![0] as Record<string, unknown>;
    expect(tables.shanghaiEnrolments).toEqual([
      {
        ...shanghai,
        payments: [{ year: 2026, windowStart: paymentWindowStart, windowEnd: paymentWindowEnd, paidOn }],
      },
    ]);
    // The settings lose only the two fields no version ever read (migration 0004).
    const {
      language: _language,
      largeText: _largeText,
      ...kept
    } = dump.tables.settings![0] as Record<string, unknown>;
    expect(tables.settings).toEqual([kept]);
    expect(tables.settings![0]).not.toHaveProperty('upgradeReport');
    database.close();
  });

  it('folds version 1’s duplicates into the newest edit, removes orphans, and lists what it did', async () => {
    const { dump } = dumps.find((d) => d.name === 'v1/with-duplicates-and-orphans.json')!;
    const { database, tables } = await upgraded(dump);
    const ids = (table: string) => tables[table]!.map((r) => r.id).sort();
    expect(ids('receiptCodes')).toEqual(['rc-1']); // obtained 2023-09-05, after rc-0's 2023-09-01
    expect(ids('cardApplications')).toEqual(['ca-1']); // picked up and activated: further along
    expect(ids('enrolments')).toEqual(['en-2025', 'en-2026-b']);
    expect(ids('shanghaiEnrolments')).toEqual(['sh-1']);
    expect(ids('familyLinks')).toEqual(['fl-1']);
    expect(ids('todos')).toEqual(['st-1', 'st-2', 'td-1']);
    const report = (tables.settings![0] as { upgradeReport?: Record<string, unknown> }).upgradeReport;
    expect(report).toMatchObject({
      orphansRemoved: 3,
      merged: expect.arrayContaining([
        {
          table: 'receiptCodes',
          profileName: '李明',
          kept: { label: 'A1B2C3D4E5F', date: '2023-09-05' },
          removed: [{ label: 'Q1Q1Q1Q1Q1Q', date: '2023-09-01' }],
        },
      ]),
    });
    expect((report!.merged as unknown[]).length).toBe(4);
    // The settings the user had are kept; the two that were never read are gone (migration 0004).
    expect(tables.settings![0]).toMatchObject({ meProfileId: 'p-shenzhen' });
    expect(tables.settings![0]).not.toHaveProperty('language');
    expect(tables.settings![0]).not.toHaveProperty('largeText');
    database.close();
  });

  it('carries a version-4 Shanghai paidOn and payment period into the years they belong to, keeping every record', async () => {
    const { dump } = dumps.find((d) => d.name === 'v4/complete.json')!;
    const { database, tables } = await upgraded(dump);
    for (const [table, rows] of Object.entries(dump.tables))
      if (table !== 'shanghaiEnrolments') expect(byId(tables[table]!)).toEqual(byId(rows));
    const second = tables.shanghaiEnrolments!.find((r) => r.id === 'sh-2')!;
    // Paid 2025-11-20: the 2025 period's (the 2026 premium); the 2026 period from the school's notice.
    expect(second.payments).toEqual([
      { year: 2025, paidOn: '2025-11-20' },
      { year: 2026, windowStart: '2026-11-10', windowEnd: '2026-12-12' },
    ]);
    for (const field of ['paidOn', 'paymentWindowStart', 'paymentWindowEnd'])
      expect(second).not.toHaveProperty(field);
    expect(tables.shanghaiEnrolments!.map((r) => r.id).sort()).toEqual(['sh-1', 'sh-2']);
    database.close();
  });

  it('from version 3 on, the database itself refuses a second record for one person (and year)', async () => {
    const { dump } = dumps.find((d) => d.name === 'v1/complete.json')!;
    const { database } = await upgraded(dump);
    await expect(
      database.table('receiptCodes').add({ id: 'rc-2', profileId: 'p-shenzhen', code: 'B1B2C3D4E5F' }),
    ).rejects.toMatchObject({ name: 'ConstraintError' });
    await expect(
      database.table('enrolments').add({ id: 'en-x', profileId: 'p-shenzhen', year: 2026 }),
    ).rejects.toMatchObject({ name: 'ConstraintError' });
    await database.table('enrolments').add({ id: 'en-2027', profileId: 'p-shenzhen', year: 2027 });
    database.close();
  });
});
