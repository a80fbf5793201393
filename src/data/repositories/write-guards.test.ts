import { describe, expect, it } from 'vitest';
import { addPerson, freshDatabaseEachTest } from '../../../tests/component-helpers';
import { db } from '../db';
import { loadCardJourney, saveCardJourney } from './card';
import { saveBinding, saveEnrolment } from './clinic';
import { saveCustomTodo } from './custom-todos';
import { saveFamilyLink } from './family';
import { saveFiling } from './filings';
import { deleteProfile, saveProfile } from './profiles';
import { saveShanghaiEnrolment } from './shanghai';
import { setStepState } from './step-states';
import { nextUpdatedAt } from './write-guards';

freshDatabaseEachTest();

const PARENT = { name: 'Parent', idNumber: '11010519491231002X', dateOfBirth: '1949-12-31' };

/** Security review F1: a stale tab saves for a person another tab deleted. */
describe('a save for a person deleted in another tab', () => {
  const writers: [string, (profileId: string, other: string) => Promise<unknown>][] = [
    ['a to-do', (p) => saveCustomTodo({ profileId: p, title: 'Call the bank' })],
    [
      'a clinic binding',
      (p) =>
        saveBinding({ profileId: p, name: '社康', kind: 'community-health-centre', boundOn: '2026-10-01' }),
    ],
    ['an enrolment', (p) => saveEnrolment({ profileId: p, year: 2026 })],
    ['the card journey', (p) => saveCardJourney(p, { receiptCode: { code: 'A1B2C3D4E5F' } })],
    ['a step answer', (p) => setStepState(p, 'card.activate', { state: 'done', on: '2026-11-01' })],
    [
      'a filing',
      (p) =>
        saveFiling({
          profileId: p,
          type: 'referral',
          destinationProvince: '湖南省',
          startDate: '2026-11-01',
        }),
    ],
    ['a Shanghai enrolment', (p) => saveShanghaiEnrolment({ profileId: p, entryYear: 2026 })],
    [
      'a family link (the member gone)',
      (p, other) => saveFamilyLink({ profileId: p, authoriserProfileId: other, relation: 'parent' }),
    ],
    [
      'a family link (the authoriser gone)',
      (p, other) => saveFamilyLink({ profileId: other, authoriserProfileId: p, relation: 'child' }),
    ],
  ];

  it.each(writers)('refuses %s and writes nothing', async (_what, write) => {
    const gone = await addPerson({ name: 'Gone' });
    const stays = await addPerson(PARENT);
    await deleteProfile(gone.id);
    const before = await Promise.all(db.tables.map((t) => t.count()));
    await expect(write(gone.id, stays.id)).rejects.toMatchObject({ name: 'MissingPersonError' });
    expect(await Promise.all(db.tables.map((t) => t.count()))).toEqual(before);
  });
});

/** Security review F4: two tabs on one person, the last write used to win without a word. */
describe('a save over a record another tab changed', () => {
  it('is refused, keeping the other tab’s change; saving from the stored version goes through', async () => {
    const opened = await addPerson();
    const { id: _id, ...fields } = opened;
    // Tab B renames the person.
    const renamed = await saveProfile({ ...fields, id: opened.id, name: 'From tab B' }, { seen: opened });
    // Tab A, still on the version it opened, changes the mobile.
    await expect(
      saveProfile({ ...fields, id: opened.id, mobile: '13611112222' }, { seen: opened }),
    ).rejects.toMatchObject({ name: 'StaleRecordError' });
    expect((await db.profiles.get(opened.id))?.name).toBe('From tab B');
    await saveProfile({ ...fields, id: opened.id, mobile: '13611112222' }, { seen: renamed });
    expect((await db.profiles.get(opened.id))?.mobile).toBe('13611112222');
  });

  it('is refused for a person deleted since the form opened them', async () => {
    const opened = await addPerson();
    await deleteProfile(opened.id);
    const { id: _id, ...fields } = opened;
    await expect(saveProfile({ ...fields, id: opened.id }, { seen: opened })).rejects.toMatchObject({
      name: 'MissingPersonError',
    });
    expect(await db.profiles.count()).toBe(0);
  });

  it('refuses a receipt code another tab entered meanwhile, where this form saw none', async () => {
    const person = await addPerson();
    await saveCardJourney(person.id, { receiptCode: { code: 'A1B2C3D4E5F' } }, { receiptCode: null });
    await expect(
      saveCardJourney(person.id, { receiptCode: { code: 'Q1Q1Q1Q1Q1Q' } }, { receiptCode: null }),
    ).rejects.toMatchObject({ name: 'StaleRecordError' });
    expect((await loadCardJourney(person.id)).receiptCode?.code).toBe('A1B2C3D4E5F');
  });
});

describe('one record per person', () => {
  it('keeps one receipt code however often it is saved, and clearing it clears it', async () => {
    const person = await addPerson();
    for (const code of ['A1B2C3D4E5F', 'Q1Q1Q1Q1Q1Q', 'B2B2B2B2B2B'])
      await saveCardJourney(person.id, { receiptCode: { code } });
    expect(await db.receiptCodes.count()).toBe(1);
    await saveCardJourney(person.id, { receiptCode: null });
    expect((await loadCardJourney(person.id)).receiptCode).toBeUndefined();
  });

  it('keeps one enrolment per year', async () => {
    const person = await addPerson();
    await saveEnrolment({ profileId: person.id, year: 2026 });
    await saveEnrolment({ profileId: person.id, year: 2026, confirmedOn: '2026-09-10' });
    await saveEnrolment({ profileId: person.id, year: 2025 });
    expect((await db.enrolments.toArray()).map((e) => [e.year, e.confirmedOn]).sort()).toEqual([
      [2025, undefined],
      [2026, '2026-09-10'],
    ]);
  });
});

describe('when a record was saved', () => {
  it('always moves forward, even for two saves in one millisecond', () => {
    const first = nextUpdatedAt();
    const second = nextUpdatedAt(first);
    const future = nextUpdatedAt('2999-01-01T00:00:00.000Z');
    expect(second > first).toBe(true);
    expect(future).toBe('2999-01-01T00:00:00.001Z');
  });
});
