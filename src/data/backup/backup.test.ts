import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBackup } from '@/domain/backup/parse';
import type { BackupData } from '@/domain/backup/schema';
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

afterEach(async () => {
  await db.delete();
  await db.open();
});

const NOW = '2026-11-22T04:00:00.000Z';

/** Any valid family's data: people, and records that point to them. */
const dataArb = fc
  .record({
    names: fc.uniqueArray(
      fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s.trim() !== ''),
      {
        minLength: 1,
        maxLength: 4,
      },
    ),
    codes: fc.nat({ max: 3 }),
    bindings: fc.array(fc.integer({ min: 0, max: 3000 }), { maxLength: 4 }),
    todos: fc.array(
      fc.string({ minLength: 1, maxLength: 50 }).filter((s) => s.trim() === s && s.trim() !== ''),
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
      settings: withSettings
        ? [{ id: 'app', largeText: false, meProfileId: owner(0), activeProfileId: owner(0) }]
        : [],
    };
  });

async function write(data: BackupData) {
  await importBackup({ format: 'yibao-companion-backup', version: 1, exportedAt: NOW, data }, 'replace');
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

  it('merges: adds what is new, keeps what is here, and the backup wins on the same id', async () => {
    await write({ ...(await readAllData()), profiles: [buildProfile({ id: 'here', name: 'Here' })] });
    const other: BackupData = {
      ...(await readAllData()),
      profiles: [buildProfile({ id: 'there', name: 'There' }), buildProfile({ id: 'here', name: 'Renamed' })],
      settings: [],
    };
    await importBackup(
      { format: 'yibao-companion-backup', version: 1, exportedAt: NOW, data: other },
      'merge',
    );
    const names = (await db.profiles.toArray()).map((p) => p.name).sort();
    expect(names).toEqual(['Renamed', 'There']);
  });

  it('a failing import changes nothing (all or nothing)', async () => {
    await write({ ...(await readAllData()), profiles: [buildProfile({ id: 'keep', name: 'Keep' })] });
    const bad = {
      format: 'yibao-companion-backup' as const,
      version: 1 as const,
      exportedAt: NOW,
      data: {
        ...(await readAllData()),
        profiles: [],
        receiptCodes: [buildReceiptCode({ profileId: 'nobody' })],
      },
    };
    await expect(importBackup(bad, 'merge')).rejects.toThrow();
    expect((await db.profiles.toArray()).map((p) => p.name)).toEqual(['Keep']);
  });
});
