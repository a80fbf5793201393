import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildCustomTodo,
  buildEnrolment,
  buildFamilyLink,
  buildFiling,
  buildProfile,
  buildReceiptCode,
} from '../../../tests/builders';
import { ONE_PER_PERSON, ONE_PER_PERSON_TABLES } from '../records/one-per-person';
import { planImport } from './plan';
import { TABLE_NAMES } from '../tables';
import type { BackupData } from './schema';

const EMPTY = Object.fromEntries(TABLE_NAMES.map((t) => [t, []])) as unknown as BackupData;
const data = (parts: Partial<BackupData>): BackupData => ({ ...EMPTY, ...parts });
let counter = 0;
const newId = () => `new-${(counter += 1)}`;

const PARENT = { idNumber: '11010519491231002X', dateOfBirth: '1949-12-31' };

// security review F2, F7
describe('planning a merge', () => {
  it('an older backup never reverts a newer edit on the phone; a newer one in the file wins', () => {
    const phone = data({
      profiles: [
        buildProfile({ id: 'p', mobile: '13611112222', updatedAt: '2026-11-20T00:00:00.000Z' }),
        buildProfile({ id: 'q', ...PARENT, name: 'Old', updatedAt: '2026-11-01T00:00:00.000Z' }),
      ],
    });
    const file = data({
      profiles: [
        buildProfile({ id: 'p', mobile: '13800138000', updatedAt: '2026-11-10T00:00:00.000Z' }),
        buildProfile({ id: 'q', ...PARENT, name: 'New', updatedAt: '2026-11-15T00:00:00.000Z' }),
      ],
    });
    const plan = planImport(phone, file, 'merge', 'newer', newId);
    expect(plan.data.profiles.map((p) => [p.id, p.mobile, p.name])).toEqual([
      ['p', '13611112222', '李明'],
      ['q', '13800138000', 'New'],
    ]);
    expect(plan.conflicts.map((c) => [c.profileName, c.newer])).toEqual([
      ['李明', 'phone'],
      ['Old', 'file'],
    ]);
    // Chosen by the user: the file's everywhere.
    const taken = planImport(phone, file, 'merge', 'file', newId);
    expect(taken.data.profiles.map((p) => p.mobile)).toEqual(['13800138000', '13800138000']);
  });

  it('an undated version never beats the phone’s: the phone is kept', () => {
    const phone = data({ profiles: [buildProfile({ id: 'p', name: 'Here' })] });
    const file = data({ profiles: [buildProfile({ id: 'p', name: 'There' })] });
    const plan = planImport(phone, file, 'merge', 'newer', newId);
    expect(plan.data.profiles.map((p) => p.name)).toEqual(['Here']);
    expect(plan.conflicts).toHaveLength(1);
  });

  it('a person with the phone person’s id but another ID number comes in as a new person, with their records', () => {
    const phone = data({
      profiles: [buildProfile({ id: 'dev1', name: 'Device Person' })],
      receiptCodes: [buildReceiptCode({ id: 'rc-dev1', profileId: 'dev1' })],
    });
    const file = data({
      profiles: [buildProfile({ id: 'dev1', name: 'Impostor', ...PARENT })],
      receiptCodes: [buildReceiptCode({ id: 'rc-x', profileId: 'dev1', code: 'Q1Q1Q1Q1Q1Q' })],
    });
    const plan = planImport(phone, file, 'merge', 'newer', () => 'fresh');
    expect(plan.addedAsNewPeople).toEqual(['Impostor']);
    expect(plan.data.profiles.map((p) => [p.id, p.name])).toEqual([
      ['dev1', 'Device Person'],
      ['fresh', 'Impostor'],
    ]);
    expect(plan.data.receiptCodes.map((r) => [r.profileId, r.code])).toEqual([
      ['dev1', 'A1B2C3D4E5F'],
      ['fresh', 'Q1Q1Q1Q1Q1Q'],
    ]);
    expect(plan.conflicts).toEqual([]);
  });

  it('a record id taken by another person’s record does not move it: the file’s comes in under a new id', () => {
    const phone = data({
      profiles: [buildProfile({ id: 'a' }), buildProfile({ id: 'b', ...PARENT })],
      todos: [buildCustomTodo({ id: 't', profileId: 'a', title: 'Mine' })],
    });
    const file = data({ todos: [buildCustomTodo({ id: 't', profileId: 'b', title: 'Theirs' })] });
    const plan = planImport(phone, file, 'merge', 'newer', () => 't2');
    expect(plan.data.todos.map((t) => [t.id, t.profileId])).toEqual([
      ['t', 'a'],
      ['t2', 'b'],
    ]);
  });

  it('a second receipt code for one person is a difference, not a second code', () => {
    const phone = data({
      profiles: [buildProfile({ id: 'p' })],
      receiptCodes: [buildReceiptCode({ id: 'here', profileId: 'p', updatedAt: '2026-11-01T00:00:00.000Z' })],
      enrolments: [buildEnrolment({ id: 'e-here', profileId: 'p', year: 2026 })],
    });
    const file = data({
      receiptCodes: [
        buildReceiptCode({
          id: 'there',
          profileId: 'p',
          code: 'Q1Q1Q1Q1Q1Q',
          updatedAt: '2026-11-02T00:00:00.000Z',
        }),
      ],
      enrolments: [buildEnrolment({ id: 'e-there', profileId: 'p', year: 2026, confirmedOn: '2026-09-03' })],
    });
    const plan = planImport(phone, file, 'merge', 'newer', newId);
    expect(plan.data.receiptCodes.map((r) => r.code)).toEqual(['Q1Q1Q1Q1Q1Q']);
    expect(plan.data.enrolments.map((e) => e.id)).toEqual(['e-here']);
    expect(plan.conflicts.map((c) => c.table)).toEqual(['receiptCodes', 'enrolments']);
  });

  it('records may point to the phone’s people; records of nobody are left out and counted', () => {
    const phone = data({ profiles: [buildProfile({ id: 'p' })] });
    const file = data({
      todos: [
        buildCustomTodo({ id: 't1', profileId: 'p' }),
        buildCustomTodo({ id: 't2', profileId: 'ghost' }),
      ],
      familyLinks: [buildFamilyLink({ id: 'l', profileId: 'p', authoriserProfileId: 'ghost' })],
    });
    const plan = planImport(phone, file, 'merge', 'newer', newId);
    expect(plan.data.todos.map((t) => t.id)).toEqual(['t1']);
    expect(plan.data.familyLinks).toEqual([]);
    expect(plan.leftOut).toBe(2);
  });
});

describe('planning a replace', () => {
  it('folds the file’s own duplicates into the newest, and drops settings that point to nobody', () => {
    const file = data({
      profiles: [buildProfile({ id: 'p' })],
      receiptCodes: [
        buildReceiptCode({ id: 'r0', profileId: 'p', obtainedOn: '2023-09-01' }),
        buildReceiptCode({ id: 'r1', profileId: 'p', obtainedOn: '2023-09-05', code: 'Q1Q1Q1Q1Q1Q' }),
      ],
      filings: [buildFiling({ id: 'f', profileId: 'p' })],
      settings: [{ id: 'app', meProfileId: 'p', activeProfileId: 'ghost' }],
    });
    const plan = planImport(EMPTY, file, 'replace', 'newer', newId);
    expect(plan.data.receiptCodes.map((r) => r.id)).toEqual(['r1']);
    expect(plan.fileDuplicates).toHaveLength(1);
    expect(plan.data.settings).toEqual([{ id: 'app', meProfileId: 'p', activeProfileId: undefined }]);
  });
});

/** Any phone and any file: ids drawn from a small pool so that they collide often. */
const person = (id: string, other: boolean, updated: number | null) =>
  buildProfile({
    id,
    ...(other ? PARENT : {}),
    ...(updated === null ? {} : { updatedAt: new Date(Date.UTC(2026, 0, 1 + updated)).toISOString() }),
  });
const side = fc
  .record({
    people: fc.uniqueArray(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.boolean(), fc.option(fc.nat(30))), {
      selector: ([id]) => id,
      maxLength: 3,
    }),
    codes: fc.array(fc.tuple(fc.constantFrom('r1', 'r2', 'r3'), fc.constantFrom('a', 'b', 'c', 'ghost')), {
      maxLength: 4,
    }),
    todos: fc.array(fc.tuple(fc.constantFrom('t1', 't2'), fc.constantFrom('a', 'b', 'ghost')), {
      maxLength: 3,
    }),
  })
  .map(({ people, codes, todos }) =>
    data({
      profiles: people.map(([id, other, updated]) => person(id, other, updated)),
      receiptCodes: [
        ...new Map(codes.map(([id, p]) => [id, buildReceiptCode({ id, profileId: p })])).values(),
      ],
      todos: [...new Map(todos.map(([id, p]) => [id, buildCustomTodo({ id, profileId: p })])).values()],
    }),
  );

describe('whatever the phone and the file hold', () => {
  it('the result keeps one record per key, no record of a missing person, and unique ids', () => {
    fc.assert(
      fc.property(
        side,
        side,
        fc.constantFrom('replace', 'merge'),
        fc.constantFrom('newer', 'file'),
        (phone, file, mode, prefer) => {
          // A phone only ever holds whole data (the database's keys and writers see to it).
          const whole = planImport(EMPTY, phone, 'replace', 'newer', newId).data;
          let n = 0;
          const plan = planImport(whole, file, mode, prefer, () => `n${(n += 1)}`);
          const people = new Set(plan.data.profiles.map((p) => p.id));
          for (const table of TABLE_NAMES) {
            const ids = (plan.data[table] as { id: string }[]).map((r) => r.id);
            expect(new Set(ids).size).toBe(ids.length);
            if (table === 'profiles' || table === 'settings') continue;
            for (const record of plan.data[table] as { profileId: string }[])
              expect(people.has(record.profileId)).toBe(true);
          }
          for (const table of ONE_PER_PERSON_TABLES) {
            const keys = (plan.data[table] as { profileId: string }[]).map((r) => ONE_PER_PERSON[table](r));
            expect(new Set(keys).size).toBe(keys.length);
          }
          // Nothing on the phone is lost on a merge unless a newer (or chosen) version replaced it.
          if (mode === 'merge') for (const p of whole.profiles) expect(people.has(p.id)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
