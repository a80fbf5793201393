import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Table } from 'dexie';
import { describe, expect, it } from 'vitest';
import { db } from '@/data/db';
import { Component as CardRoute } from '@/features/card/routes/card-route';
import { Component as ClinicRoute } from '@/features/clinic/routes/clinic-route';
import { Component as FamilyRoute } from '@/features/family/routes/family-route';
import { Component as FilingsRoute } from '@/features/filings/routes/filings-route';
import { Component as ProfileRoute } from '@/features/profile/routes/profile-route';
import { Component as ShanghaiRoute } from '@/features/shanghai/routes/shanghai-route';
import { Component as TimelineRoute } from '@/features/timeline/routes/timeline-route';
import { addPerson, fixedToday, freshDatabaseEachTest, holdNextTransaction } from '../component-helpers';
import { renderRoute } from '../render';

fixedToday('2026-11-22T04:00:00Z');
freshDatabaseEachTest();

/**
 * A double tap on Save (one double click) stores one record. The count is read after the confirmation and
 * after a write to the same table: IndexedDB runs writes to one table in order, so a second save started by
 * the second tap would have been stored by then.
 */
async function countAfterWrites(table: Table) {
  await db.transaction('rw', table, () => undefined);
  return table.count();
}

/** The form's Save (the last one on screen: a screen may hold more than one form). */
const save = () => screen.getAllByRole('button', { name: 'Save' }).at(-1)!;

async function doubleTapSave(user: ReturnType<typeof userEvent.setup>) {
  await user.dblClick(save());
}

describe('a double tap on Save stores one record', () => {
  it('a new person (/profile)', async () => {
    const user = userEvent.setup();
    await renderRoute(ProfileRoute, { path: '/profile' });
    await user.type(await screen.findByLabelText('Full name'), 'Li Ming');
    await user.type(screen.getByLabelText('ID number'), '440303200506151230');
    await doubleTapSave(user);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved: Li Ming.'));
    expect(await countAfterWrites(db.profiles)).toBe(1);
  });

  it('a card application (/card)', async () => {
    await addPerson();
    const user = userEvent.setup();
    await renderRoute(CardRoute);
    await user.type(await screen.findByLabelText('Receipt code'), 'A1B2C3D4E5F');
    await user.selectOptions(screen.getByLabelText('Application channel'), 'Bank window');
    await user.type(screen.getByLabelText('Submitted on'), '2026-11-20');
    await doubleTapSave(user);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved.'));
    expect(await countAfterWrites(db.cardApplications)).toBe(1);
    expect(await countAfterWrites(db.receiptCodes)).toBe(1);
  });

  it('a clinic binding (/clinic)', async () => {
    await addPerson();
    const user = userEvent.setup();
    await renderRoute(ClinicRoute);
    await user.type(await screen.findByLabelText('Clinic name'), '竹韵社区健康服务中心');
    await user.type(screen.getByLabelText('Bound on'), '2026-10-31');
    await user.dblClick(screen.getAllByRole('button', { name: 'Save' })[0]!);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved: 竹韵社区健康服务中心.'));
    expect(await countAfterWrites(db.clinicBindings)).toBe(1);
  });

  it('an enrolment (/clinic)', async () => {
    await addPerson();
    const user = userEvent.setup();
    await renderRoute(ClinicRoute);
    await user.click(await screen.findByRole('button', { name: 'Edit enrolment 2026' }));
    await user.type(screen.getByLabelText('Confirmed and paid on'), '2026-11-20');
    await doubleTapSave(user);
    await waitFor(async () => expect(await db.enrolments.count()).toBe(1));
    expect(await countAfterWrites(db.enrolments)).toBe(1);
  });

  it('a family link (/family)', async () => {
    await addPerson({ name: '李明' });
    await addPerson({ name: '李强', dateOfBirth: undefined, idNumber: '11010519491231002X' });
    const user = userEvent.setup();
    await renderRoute(FamilyRoute);
    await user.selectOptions(await screen.findByLabelText('Relative whose account pays'), '李强');
    await user.selectOptions(screen.getByLabelText('Relation'), 'Parent (父母)');
    await doubleTapSave(user);
    await screen.findByText(/Saved: the link with/);
    expect(await countAfterWrites(db.familyLinks)).toBe(1);
  });

  it('a filing (/filings)', async () => {
    await addPerson();
    const user = userEvent.setup();
    await renderRoute(FilingsRoute);
    await user.click(await screen.findByRole('button', { name: 'Add filing' }));
    await user.selectOptions(screen.getByLabelText('Filing type'), 'Referral');
    await user.type(screen.getByLabelText('Destination'), '北京市');
    await user.type(screen.getByLabelText('Start date'), '2026-12-01');
    await doubleTapSave(user);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved.'));
    expect(await countAfterWrites(db.filings)).toBe(1);
  });

  it('a Shanghai enrolment (/shanghai)', async () => {
    await addPerson({ city: 'shanghai', entryDate: '2026-09-01' });
    const user = userEvent.setup();
    await renderRoute(ShanghaiRoute);
    await user.type(await screen.findByLabelText('Confirmed on'), '2026-09-09');
    await doubleTapSave(user);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved.'));
    expect(await countAfterWrites(db.shanghaiEnrolments)).toBe(1);
  });

  it('a custom to-do (/)', async () => {
    await addPerson();
    const user = userEvent.setup();
    await renderRoute(TimelineRoute);
    await screen.findByText('Next thing to do');
    await user.type(await screen.findByLabelText('To-do'), 'Ask the school about the premium');
    await user.type(screen.getByLabelText('Due on'), '2026-11-20');
    await doubleTapSave(user);
    await waitFor(async () => expect(await db.todos.count()).toBe(1));
    expect(await countAfterWrites(db.todos)).toBe(1);
  });
});

describe('while a save is being written', () => {
  it('a second submit in the same moment (Enter pressed twice) is ignored too', async () => {
    const user = userEvent.setup();
    await renderRoute(ProfileRoute, { path: '/profile' });
    await user.type(await screen.findByLabelText('Full name'), 'Li Ming');
    await user.type(screen.getByLabelText('ID number'), '440303200506151230');
    const form = save().closest('form')!;
    fireEvent.submit(form);
    fireEvent.submit(form); // before React has re-rendered: Save is not disabled yet
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved: Li Ming.'));
    expect(await countAfterWrites(db.profiles)).toBe(1);
  });

  it('Save is disabled and says "Saving…", then comes back', async () => {
    const user = userEvent.setup();
    // An edit: the form stays after its save (a first save offers the next step instead).
    await addPerson({ name: 'Li' });
    await renderRoute(ProfileRoute, { path: '/profile' });
    const name = await screen.findByLabelText('Full name');
    await waitFor(() => expect(name).toHaveValue('Li'));
    await user.type(name, ' Ming');
    // The write waits until this test lets it go.
    const write = holdNextTransaction();
    try {
      await user.click(save());
      expect(save()).toBeDisabled();
      expect(screen.getByText('Saving…')).toBeInTheDocument();
      expect((await db.profiles.toArray())[0]?.name).toBe('Li'); // not shown as saved: nothing is stored yet
      expect(screen.getByRole('status')).toHaveTextContent('');
      write.release();
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved: Li Ming.'));
      expect(save()).toBeEnabled();
      expect(screen.queryByText('Saving…')).toBeNull();
      expect((await db.profiles.toArray()).map((p) => p.name)).toEqual(['Li Ming']);
    } finally {
      write.restore();
    }
  });
});
