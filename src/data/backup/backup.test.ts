import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBackup } from '@/domain/backup/parse';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupData } from '@/domain/backup/schema';
import { requiredText } from '@/domain/common/schema';
import {
  buildCardApplication,
  buildClinicBinding,
  buildCustomTodo,
  buildEnrolment,
  buildFamilyLink,
  buildFiling,
  buildProfile,
  buildReceiptCode,
  buildShanghaiEnrolment,
  buildStepState,
} from '../../../tests/builders';
import { db } from '../db';
import { deleteAllData, exportBackup, importBackup, readAllData } from './backup';
import { createBackupJobs } from './backup-jobs';

afterEach(async () => {
  await db.delete();
  await db.open();
});

const NOW = '2026-11-22T04:00:00.000Z';
/** A text the schemas take (letters or digits, no control or bidi characters). */
const NAME = requiredText(50);

/** Any valid family's data: people, and records that point to them. */
const dataArb = fc
  .record({
    names: fc.uniqueArray(
      fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && NAME.safeParse(s).success),
      {
        minLength: 1,
        maxLength: 4,
      },
    ),
    codes: fc.nat({ max: 3 }),
    bindings: fc.array(fc.integer({ min: 0, max: 3000 }), { maxLength: 4 }),
    todos: fc.array(
      fc.string({ minLength: 1, maxLength: 50 }).filter((s) => s.trim() === s && NAME.safeParse(s).success),
      { maxLength: 4 },
    ),
    withSettings: fc.boolean(),
  })
  .map(({ names, codes, bindings, todos, withSettings }): BackupData => {
    const profiles = names.map((name, i) => buildProfile({ id: `p${i}`, name }));
    const owner = (i: number) => profiles[i % profiles.length]!.id;
    return {
      profiles,
      receiptCodes: Array.from({ length: Math.min(codes, profiles.length) }, (_, i) =>
        buildReceiptCode({ id: `r${i}`, profileId: owner(i) }),
      ),
      cardApplications: [buildCardApplication({ id: 'c0', profileId: owner(0) })],
      clinicBindings: bindings.map((day, i) =>
        buildClinicBinding({
          id: `b${i}`,
          profileId: owner(i),
          boundOn: new Date(Date.UTC(2020, 0, 1 + day)).toISOString().slice(0, 10),
        }),
      ),
      enrolments: [buildEnrolment({ id: 'e0', profileId: owner(0) })],
      filings: [buildFiling({ id: 'f0', profileId: owner(0) })],
      shanghaiEnrolments: [buildShanghaiEnrolment({ id: 's0', profileId: owner(0) })],
      familyLinks:
        profiles.length > 1
          ? [buildFamilyLink({ id: 'l0', profileId: owner(0), authoriserProfileId: owner(1) })]
          : [],
      todos: [
        ...todos.map((title, i) => buildCustomTodo({ id: `t${i}`, profileId: owner(i), title })),
        buildStepState({ id: 'st0', profileId: owner(0) }),
      ],
      settings: withSettings ? [{ id: 'app', meProfileId: owner(0), activeProfileId: owner(0) }] : [],
    };
  });

async function write(data: BackupData) {
  await importBackup({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: NOW, data }, 'replace');
}

const sortById = (data: BackupData) =>
  Object.fromEntries(
    Object.entries(data).map(([k, v]) => [
      k,
      [...(v as { id: string }[])].sort((a, b) => (a.id < b.id ? -1 : 1)),
    ]),
  );

describe('backup round trip', () => {
  it('export → delete all → import gives back exactly the same data', async () => {
    await fc.assert(
      fc.asyncProperty(dataArb, async (data) => {
        await write(data);
        const before = await readAllData();
        const { json } = await exportBackup(NOW, 'test');
        await deleteAllData();
        expect(await db.profiles.count()).toBe(0);
        const parsed = parseBackup(json);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        await importBackup(parsed.backup, 'replace');
        const after = await readAllData();
        // The export itself records the backup time in the settings.
        const strip = (d: BackupData) => ({
          ...d,
          settings: d.settings.map(({ lastBackupAt: _l, ...s }) => s),
        });
        expect(sortById(strip(after))).toEqual(sortById(strip(before)));
      }),
      { numRuns: 25 },
    );
  });

  it('names the file with the date and records the backup time', async () => {
    await write({ ...(await readAllData()), profiles: [buildProfile()] });
    const { fileName } = await exportBackup(NOW, 'test');
    expect(fileName).toBe('yibao-backup-2026-11-22.json');
    expect((await db.settings.get('app'))?.lastBackupAt).toBe(NOW);
  });

  it('names the file by the day in China, not in UTC', async () => {
    // 00:30 on 23 November in Shenzhen is still 22 November in UTC.
    expect((await exportBackup('2026-11-22T16:30:00.000Z', 'test')).fileName).toBe(
      'yibao-backup-2026-11-23.json',
    );
    expect((await exportBackup('2026-11-22T15:59:59.000Z', 'test')).fileName).toBe(
      'yibao-backup-2026-11-22.json',
    );
  });

  it('merges: adds what is new, and where both hold a record keeps the newer edit', async () => {
    await write({
      ...(await readAllData()),
      profiles: [
        buildProfile({ id: 'here', name: 'Edited here', updatedAt: '2026-11-20T00:00:00.000Z' }),
        buildProfile({ id: 'old', name: 'Old here', updatedAt: '2026-11-01T00:00:00.000Z' }),
      ],
    });
    const file: BackupData = {
      ...(await readAllData()),
      profiles: [
        buildProfile({ id: 'there', name: 'There' }),
        buildProfile({ id: 'here', name: 'Older backup', updatedAt: '2026-11-10T00:00:00.000Z' }),
        buildProfile({ id: 'old', name: 'Newer backup', updatedAt: '2026-11-15T00:00:00.000Z' }),
      ],
      settings: [],
    };
    const result = await importBackup(
      { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: NOW, data: file },
      'merge',
    );
    expect(result.conflicts).toBe(2);
    const names = (await db.profiles.toArray()).map((p) => p.name).sort();
    expect(names).toEqual(['Edited here', 'Newer backup', 'There']);
  });

  it("merges the file's version everywhere when the user chooses so", async () => {
    await write({
      ...(await readAllData()),
      profiles: [buildProfile({ id: 'here', name: 'Edited here', updatedAt: '2026-11-20T00:00:00.000Z' })],
    });
    const file = { ...(await readAllData()), profiles: [buildProfile({ id: 'here', name: 'From file' })] };
    await importBackup(
      { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: NOW, data: file },
      'merge',
      'file',
    );
    expect((await db.profiles.toArray()).map((p) => p.name)).toEqual(['From file']);
  });

  it('a full disk during an import changes nothing (all or nothing), and says so', async () => {
    await write({
      ...(await readAllData()),
      profiles: [buildProfile({ id: 'keep', name: 'Keep' })],
      todos: [buildCustomTodo({ id: 'mine', profileId: 'keep' })],
    });
    const file = {
      ...(await readAllData()),
      profiles: [
        buildProfile({ id: 'new', name: 'New', idNumber: '11010519491231002X', dateOfBirth: '1949-12-31' }),
      ],
      todos: Array.from({ length: 30 }, (_, i) => buildCustomTodo({ id: `t${i}`, profileId: 'new' })),
      settings: [],
    };
    let written = 0;
    const full = () => {
      written += 1;
      if (written > 20) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    db.todos.hook('creating', full);
    try {
      const jobs = createBackupJobs();
      const read = await jobs.read(
        new Blob([
          JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: NOW, data: file }),
        ]),
      );
      expect(read.ok).toBe(true);
      expect(await jobs.import('replace', 'newer')).toEqual({ ok: false, problem: 'storageFull' });
    } finally {
      db.todos.hook('creating').unsubscribe(full);
    }
    expect((await db.profiles.toArray()).map((p) => p.name)).toEqual(['Keep']);
    expect((await db.todos.toArray()).map((t) => t.id)).toEqual(['mine']);
  });

  it('leaves out records of people the file does not hold, and says how many', async () => {
    const file = {
      ...(await readAllData()),
      profiles: [buildProfile({ id: 'p', name: 'Person' })],
      receiptCodes: [buildReceiptCode({ profileId: 'nobody' })],
      todos: [buildCustomTodo({ profileId: 'p' }), buildCustomTodo({ id: 'ghost', profileId: 'nobody' })],
    };
    const result = await importBackup(
      { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: NOW, data: file },
      'replace',
    );
    expect(result.leftOut).toBe(2);
    expect(await db.receiptCodes.count()).toBe(0);
    expect((await db.todos.toArray()).map((t) => t.profileId)).toEqual(['p']);
  });

  it('never exports a file its own import would refuse: records of missing people and invalid ones are left out', async () => {
    await write({ ...(await readAllData()), profiles: [buildProfile({ id: 'p' })] });
    // As a stale tab or an older version could leave them: a to-do of a deleted person, a year-9999 date.
    await db.todos.add(buildCustomTodo({ id: 'orphan', profileId: 'deleted' }));
    await db.cardApplications.add({ ...buildCardApplication({ profileId: 'p' }), submittedOn: '9999-12-20' });
    const { json, leftOut } = await exportBackup(NOW, 'test');
    expect(leftOut).toBe(2);
    const parsed = parseBackup(json);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.backup.data.todos).toEqual([]);
  });
});
