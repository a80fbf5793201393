import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
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
import { createDatabase } from '../db';
import { migration0001Initial } from './0001-initial';
import { MIGRATIONS } from './index';

const names: string[] = [];
function freshName() {
  const name = `migration-test-${names.length}-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return name;
}

afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

/** Version 1 fixture: one record of every kind, as the released v1 app wrote them. */
const v1Fixture = {
  profiles: [
    buildProfile(),
    buildProfile({
      id: 'profile-2',
      name: 'Wang Fang',
      city: 'shanghai',
      idType: 'passport',
      idNumber: 'E12345678',
      dateOfBirth: '2006-03-01',
    }),
  ],
  receiptCodes: [buildReceiptCode()],
  cardApplications: [buildCardApplication()],
  clinicBindings: [buildClinicBinding()],
  enrolments: [buildEnrolment()],
  filings: [buildFiling()],
  shanghaiEnrolments: [buildShanghaiEnrolment()],
  familyLinks: [buildFamilyLink()],
  todos: [buildCustomTodo(), buildStepState()],
  settings: [{ id: 'app', largeText: false, meProfileId: 'profile-1', activeProfileId: 'profile-1' }],
};

describe('migrations', () => {
  it('are numbered 1, 2, 3… in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('version 1 creates every table of the data model with its indexes', async () => {
    const database = createDatabase(freshName());
    await database.open();
    const tables = Object.fromEntries(
      database.tables.map((t) => [t.name, t.schema.indexes.map((i) => i.name)]),
    );
    expect(Object.keys(tables).sort()).toEqual(Object.keys(migration0001Initial.stores).sort());
    expect(tables.filings).toEqual(expect.arrayContaining(['profileId', 'startDate', 'status']));
    expect(tables.todos).toEqual(expect.arrayContaining(['profileId', 'dueOn', 'stepId']));
    database.close();
  });

  it('opening a version-1 database at the current version keeps every record unchanged', async () => {
    const name = freshName();
    const v1 = new Dexie(name);
    v1.version(1).stores(migration0001Initial.stores);
    await v1.open();
    for (const [table, rows] of Object.entries(v1Fixture)) await v1.table(table).bulkPut(rows);
    v1.close();

    const current = createDatabase(name);
    await current.open();
    expect(current.verno).toBe(MIGRATIONS.at(-1)!.version);
    for (const [table, rows] of Object.entries(v1Fixture)) {
      expect(await current.table(table).toArray()).toEqual([...rows].sort((a, b) => (a.id < b.id ? -1 : 1)));
    }
    current.close();
  });
});
