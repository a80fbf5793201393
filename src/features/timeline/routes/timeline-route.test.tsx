import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { db } from '@/data/db';
import { saveCardJourney } from '@/data/repositories/card';
import { saveEnrolment } from '@/data/repositories/clinic';
import { saveSetup } from '@/data/repositories/settings';

import { freshDatabaseEachTest, fixedToday, addPerson } from '../../../../tests/component-helpers';
import { renderRoute } from '../../../../tests/render';
import { Component as TimelineRoute } from './timeline-route';

fixedToday('2026-11-22T04:00:00Z');

freshDatabaseEachTest();

/** A Shenzhen student who enrolled for 2026 (so the card journey, not the enrolment, is what comes next). */
async function addEnrolledStudent() {
  const student = await addPerson();
  await saveEnrolment({ profileId: student.id, year: 2026, confirmedOn: '2026-09-10' });
  return student;
}

const nextCard = () => screen.getByText('Next thing to do').closest('section') as HTMLElement;

describe('/ (the to-do timeline)', () => {
  // content audit H-2
  it('keeps a missed enrolment overdue and first, in place of next year’s window', async () => {
    await addPerson();
    await renderRoute(TimelineRoute);
    await screen.findByText('Next thing to do');
    expect(
      within(nextCard()).getByText('Enrol or re-enrol for 2026–2027 (参保) and pay the premium'),
    ).toBeInTheDocument();
    expect(within(nextCard()).getByText(/benefits start only the month after you pay/)).toBeInTheDocument();
  });

  it('asks for a person first', async () => {
    const view = await renderRoute(TimelineRoute);
    expect(await screen.findByRole('link', { name: 'Start' })).toHaveAttribute('href', '/start');
    view.expectNoMissingKeys();
  });

  it('shows a new student the receipt code first, and the next step once it is done', async () => {
    await addEnrolledStudent();
    const user = userEvent.setup();
    const view = await renderRoute(TimelineRoute);
    await screen.findByText('Next thing to do');
    expect(
      within(nextCard()).getByText('Get your photo receipt code (社保数码照片回执码)'),
    ).toBeInTheDocument();
    expect(within(nextCard()).getByRole('link', { name: 'Go to the card screen' })).toHaveAttribute(
      'href',
      '/card',
    );

    // The next step is not repeated in the list below it, and it is marked done from its own card (M6).
    expect(screen.getAllByText('Get your photo receipt code (社保数码照片回执码)')).toHaveLength(1);
    await user.click(within(nextCard()).getByRole('button', { name: /Mark done/ }));
    await waitFor(() =>
      expect(
        within(nextCard()).getByText('Apply for the financial social-security card (金融社保卡)'),
      ).toBeInTheDocument(),
    );
    expect(screen.getByRole('status')).toHaveTextContent('Marked done');
    view.expectNoMissingKeys();
  });

  it('shows dated steps as <time> in lists, with the computed ready date', async () => {
    const student = await addPerson();
    await saveCardJourney(student.id, {
      receiptCode: { code: 'A1B2C3D4E5F' },
      application: { channel: 'bank-window', submittedOn: '2026-11-20' },
    });
    await renderRoute(TimelineRoute);
    await screen.findByText('Next thing to do');
    const collect = screen.getAllByText('Collect your card at the bank').at(-1)!.closest('li')!;
    expect(collect.querySelector('time')).toHaveAttribute('dateTime', '2026-12-08');
    expect(screen.getAllByRole('list').length).toBeGreaterThan(0);
  });

  it('skips a step with a reason, and undoes it', async () => {
    await addEnrolledStudent();
    const user = userEvent.setup();
    await renderRoute(TimelineRoute);
    await screen.findByText('Next thing to do');
    await user.click(within(nextCard()).getByRole('button', { name: /Skip/ }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Why (optional)'), 'I already have one');
    await user.click(within(dialog).getByRole('button', { name: 'Skip step' }));
    await waitFor(async () => expect(await db.todos.count()).toBe(1));
    expect((await db.todos.toArray())[0]).toMatchObject({ state: 'skipped', reason: 'I already have one' });

    // The done group starts closed and shows its entries once opened.
    expect(screen.queryByText(/Reason: I already have one/)).toBeNull();
    await user.click(await screen.findByText(/^Done/));
    const done = await screen.findByText(/Reason: I already have one/);
    await user.click(within(done.closest('li')!).getByRole('button', { name: /Undo/ }));
    await waitFor(async () => expect(await db.todos.count()).toBe(0));
  });

  it('shows a long group a page at a time, and the rest on request', async () => {
    const student = await addPerson();
    await db.todos.bulkAdd(
      Array.from({ length: 75 }, (_, i) => ({
        id: `todo-${String(i).padStart(3, '0')}`,
        profileId: student.id,
        kind: 'custom' as const,
        title: `Later task ${i + 1}`,
        dueOn: `2027-0${1 + Math.floor(i / 28)}-${String(1 + (i % 28)).padStart(2, '0')}`,
      })),
    );
    const user = userEvent.setup();
    await renderRoute(TimelineRoute);
    const later = (await screen.findAllByText('Later task 1')).at(-1)!.closest('section')!;
    const items = () => within(later).getAllByRole('listitem').length;
    const total = Number(/\((\d+)\)/.exec(within(later).getAllByRole('heading')[0]!.textContent!)![1]);
    expect(total).toBeGreaterThanOrEqual(75);
    expect(total).toBeLessThan(90);
    expect(items()).toBe(20);
    expect(within(later).getByText(`Showing 20 of ${total}.`)).toBeInTheDocument();

    await user.click(within(later).getByRole('button', { name: 'Show 20 more' }));
    expect(items()).toBe(40);
    await user.click(within(later).getByRole('button', { name: 'Show 20 more' }));
    expect(items()).toBe(60);
    await user.click(within(later).getByRole('button', { name: `Show ${total - 60} more` }));
    expect(items()).toBe(total);
    expect(within(later).queryByRole('button', { name: /Show .* more/ })).toBeNull();
    expect(within(later).getByText('Later task 75')).toBeInTheDocument();
  });

  it('adds, edits and deletes a custom to-do, and refuses an empty title', async () => {
    const student = await addEnrolledStudent();
    const user = userEvent.setup();
    await renderRoute(TimelineRoute);
    await screen.findByText('Next thing to do');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByLabelText('To-do')).toHaveAttribute('aria-invalid', 'true');
    expect(await db.todos.count()).toBe(0);

    await user.type(screen.getByLabelText('To-do'), 'Ask the school about the premium');
    await user.type(screen.getByLabelText('Due on'), '2026-11-20');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await db.todos.count()).toBe(1));
    expect((await db.todos.toArray())[0]).toMatchObject({ profileId: student.id, dueOn: '2026-11-20' });
    // Overdue, and the only overdue step: the next thing to do, with its own buttons.
    await waitFor(() =>
      expect(within(nextCard()).getByText('Ask the school about the premium')).toBeInTheDocument(),
    );

    // Editing opens the stored to-do (its note too) and saves it whole, once.
    const [added] = await db.todos.toArray();
    await db.todos.put({ ...added!, note: 'Bring the student card' } as typeof added & { note: string });
    await user.click(within(nextCard()).getByRole('button', { name: /Edit/ }));
    const title = await screen.findByDisplayValue('Ask the school about the premium');
    await user.clear(title);
    await user.type(title, 'Ask the school office about the premium');
    await user.click(screen.getAllByRole('button', { name: 'Save' }).at(0)!);
    await waitFor(async () =>
      expect((await db.todos.toArray())[0]).toMatchObject({
        title: 'Ask the school office about the premium',
        note: 'Bring the student card',
      }),
    );
    expect(screen.queryByText(/changed in another tab/)).not.toBeInTheDocument();

    // Marking it done changes only that: the note stays.
    await waitFor(() =>
      expect(within(nextCard()).getByText('Ask the school office about the premium')).toBeInTheDocument(),
    );
    await user.click(within(nextCard()).getByRole('button', { name: /Mark done/ }));
    await waitFor(async () =>
      expect((await db.todos.toArray())[0]).toMatchObject({
        doneOn: '2026-11-22',
        note: 'Bring the student card',
      }),
    );

    // Deleted from where it now is: the Done group (closed until opened), once the list shows it there.
    await user.click(await screen.findByText(/^Done/));
    const entry = await waitFor(() => {
      const inDone = screen
        .getAllByText('Ask the school office about the premium')
        .map((text) => text.closest('li'))
        .find((li) => li && within(li).queryByRole('button', { name: /Undo/ }));
      if (!inDone) throw new Error('not in the Done group yet');
      return inDone;
    });
    await user.click(within(entry).getByRole('button', { name: /Delete/ }));
    await user.click(
      within(await screen.findByRole('dialog', { name: /Delete/ })).getByRole('button', { name: 'Delete' }),
    );
    await waitFor(async () => expect(await db.todos.count()).toBe(0));
  });

  it('filters by person in a family', async () => {
    await addPerson();
    await addPerson({ name: '王芳', city: 'shanghai', entryDate: '2026-09-01' });
    const user = userEvent.setup();
    await renderRoute(TimelineRoute);
    await user.selectOptions(await screen.findByLabelText('Show'), '王芳');
    await waitFor(() =>
      expect(screen.queryByText('Get your photo receipt code (社保数码照片回执码)')).toBeNull(),
    );
    expect(screen.getAllByText(/随申办/).length).toBeGreaterThan(0);
  });

  it.each([
    [
      'es',
      'Pablo debe recoger la tarjeta en el banco',
      /Solo Pablo puede hacerlo, en persona en el banco/,
      'Lo que se le indica a Pablo',
    ],
    ['zh', 'Pablo 需要到银行领卡', /只能由 Pablo 本人携带自己的有效证件到银行办理/, '给 Pablo 的说明'],
    [
      'en',
      'Pablo must collect the card at the bank',
      /Only Pablo can do this, in person at the bank/,
      'What Pablo is told',
    ],
  ] as const)(
    'speaks to a family member in %s about the student, and says what only the student can do (M7)',
    async (language, collect, bankOnly, told) => {
      await saveSetup({ role: 'family', city: 'shenzhen', idType: 'resident-id' });
      const student = await addPerson({ name: 'Pablo' });
      await saveEnrolment({ profileId: student.id, year: 2026, confirmedOn: '2026-09-10' });
      await saveCardJourney(student.id, {
        receiptCode: { code: 'A1B2C3D4E5F' },
        application: { channel: 'bank-window', submittedOn: '2026-11-20' },
      });
      const view = await renderRoute(TimelineRoute, { language });
      const title = await screen.findByText(collect);
      const entry = title.closest('li, section') as HTMLElement;
      expect(within(entry).getByText(bankOnly)).toBeInTheDocument();
      // What the student is told stays, folded, under the student's name.
      const folded = within(entry).getByText(told).closest('details')!;
      expect(folded.open).toBe(false);
      // No step speaks to the reader as the student.
      expect(screen.queryByText('Collect your card at the bank')).toBeNull();
      expect(screen.queryByText(/Recoja su tarjeta|领取你的/)).toBeNull();
      view.expectNoMissingKeys();
    },
  );

  it('gives the next step its own button for paying, not the clinic screen (M6)', async () => {
    await addPerson();
    await renderRoute(TimelineRoute);
    await screen.findByText('Next thing to do');
    expect(within(nextCard()).getByRole('link', { name: 'Enrol and pay (参保缴费)' })).toHaveAttribute(
      'href',
      '/clinic#enrolment-heading',
    );
    expect(within(nextCard()).getByRole('button', { name: /Mark done/ })).toBeInTheDocument();
  });

  it('undoes a mis-tap from the top, even a year’s enrolment, which leaves the to-do once answered', async () => {
    await addPerson();
    const user = userEvent.setup();
    await renderRoute(TimelineRoute);
    await screen.findByText('Next thing to do');
    const enrol = 'Enrol or re-enrol for 2026–2027 (参保) and pay the premium';
    await user.click(within(nextCard()).getByRole('button', { name: /^Mark done/ }));
    // Answered: gone from the card and from the list; said above the next step, with Undo.
    const undo = await within(nextCard()).findByRole('button', {
      name: /^Undo\b.*Marked done: Enrol or re-enrol/,
    });
    await waitFor(() => expect(within(nextCard()).queryByText(enrol)).toBeNull());
    expect(screen.queryAllByText(enrol, { selector: '.item__title' })).toHaveLength(0);
    await user.click(undo);
    await waitFor(() =>
      expect(within(nextCard()).getByText(enrol, { selector: '.next__title' })).toBeInTheDocument(),
    );
    expect(within(nextCard()).queryByRole('button', { name: /^Undo/ })).toBeNull();
    expect(await db.todos.count()).toBe(0);
  });

  it.each(['zh', 'es'] as const)('renders in %s with every key translated', async (language) => {
    await addPerson();
    await addPerson({ name: '王芳', city: 'shanghai', entryDate: '2026-09-01' });
    const view = await renderRoute(TimelineRoute, { language });
    await screen.findAllByRole('listitem');
    view.expectNoMissingKeys();
  });
});
