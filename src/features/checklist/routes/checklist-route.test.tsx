import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/data/db';
import { LARGE_TEXT_KEY } from '@/data/device-hints';
import { saveCardJourney } from '@/data/repositories/card';
import { saveSetup } from '@/data/repositories/settings';
import { setStepState } from '@/data/repositories/step-states';

import { BANK_FORM_FIELDS } from '../../../../tests/builders';
import {
  freshDatabaseEachTest,
  fixedToday,
  addPerson,
  holdNextTransaction,
} from '../../../../tests/component-helpers';
import { renderRoute } from '../../../../tests/render';
import { Component as ChecklistRoute } from './checklist-route';

freshDatabaseEachTest();
// The card's stage and ready date follow today: the same day every run, not the day the suite runs on.
fixedToday('2026-11-22T04:00:00Z');
afterEach(() => document.documentElement.classList.remove('large-text'));

function answer(zhName: string) {
  return screen.getByText(zhName).closest('.answer') as HTMLElement;
}

describe('/checklist', () => {
  it('fills the answers from the profile and the card, with the Chinese field names, ID masked', async () => {
    const student = await addPerson();
    await saveCardJourney(student.id, {
      receiptCode: { code: 'A1B2C3D4E5F' },
      application: { channel: 'bank-window', pickupBranch: '中信银行深圳坪山支行' },
    });
    const view = await renderRoute(ChecklistRoute);
    await screen.findByText('证件号码');
    // Read out in groups, so it wraps between them, never inside one (UX review 1.7).
    expect(within(answer('证件号码')).getByText('440303 **** **** 1230')).toBeInTheDocument();
    expect(within(answer('户口性质')).getByText('外市城镇')).toBeInTheDocument();
    expect(within(answer('文化程度')).getByText('大学本科')).toBeInTheDocument();
    expect(within(answer('社保照片回执码')).getByText('A1B2C3D4E5F')).toBeInTheDocument();
    expect(within(answer('领取网点')).getByText('中信银行深圳坪山支行')).toBeInTheDocument();
    expect(screen.getByText('Every answer is ready.')).toBeInTheDocument();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Show hidden answers' }));
    expect(within(answer('证件号码')).getByText('440303 2005 0615 1230')).toBeInTheDocument();
    view.expectNoMissingKeys();
  });

  it('flags missing answers with a link to fill them in', async () => {
    await addPerson({ hukouType: undefined, shenzhenAddress: '深圳市坪山区石井街道' });
    await renderRoute(ChecklistRoute);
    await screen.findByText('户口性质');
    expect(within(answer('户口性质')).getByText('Missing')).toBeInTheDocument();
    expect(
      within(answer('户口性质')).getByRole('link', { name: 'Fill in on the People screen' }),
    ).toHaveAttribute('href', '/profile');
    expect(
      within(answer('社保照片回执码')).getByRole('link', { name: 'Fill in on the Card screen' }),
    ).toHaveAttribute('href', '/card');
    expect(screen.getByText(/3 answers are missing/)).toBeInTheDocument();
    expect(within(answer('详细地址')).getByText(/down to the door number/)).toBeInTheDocument();
  });

  it('saves the ticks of what to bring, per person', async () => {
    const student = await addPerson();
    const user = userEvent.setup();
    await renderRoute(ChecklistRoute);
    const id = await screen.findByRole('checkbox', { name: /Your own valid ID/ });
    await user.click(id);
    // Shown as saved only once stored.
    await screen.findByText('Saved on this phone.');
    expect(id).toBeChecked();
    const states = await db.todos.toArray();
    expect(states).toEqual([
      expect.objectContaining({
        profileId: student.id,
        kind: 'step',
        stepId: 'checklist.own-id',
        state: 'done',
      }),
    ]);
    await user.click(id);
    await waitFor(async () => expect(await db.todos.count()).toBe(0));
  });

  it('shows a tick as saving until it is stored, then saved', async () => {
    await addPerson();
    const user = userEvent.setup();
    await renderRoute(ChecklistRoute);
    const id = await screen.findByRole('checkbox', { name: /Your own valid ID/ });
    const write = holdNextTransaction();
    try {
      await user.click(id);
      expect(id).toBeChecked();
      expect(id.closest('li')).toHaveAttribute('aria-busy', 'true');
      expect(within(id.closest('li')!).getByText('Saving…')).toBeInTheDocument();
      expect(screen.queryByText('Saved on this phone.')).toBeNull();
      write.release();
      await screen.findByText('Saved on this phone.');
      expect(id.closest('li')).toHaveAttribute('aria-busy', 'false');
      expect(await db.todos.count()).toBe(1);
    } finally {
      write.restore();
    }
  });

  it('undoes a tick the phone refused to store, and says so', async () => {
    await addPerson();
    const user = userEvent.setup();
    await renderRoute(ChecklistRoute);
    const id = await screen.findByRole('checkbox', { name: /Your own valid ID/ });
    const spy = vi
      .spyOn(db, 'transaction')
      .mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    try {
      await user.click(id);
      expect(await screen.findByRole('alert')).toHaveTextContent(/storage is full, so nothing was saved/);
      expect(id).not.toBeChecked();
      expect(screen.queryByText('Saved on this phone.')).toBeNull();
    } finally {
      spy.mockRestore();
    }
  });

  it('clears every tick at once', async () => {
    await addPerson();
    const user = userEvent.setup();
    await renderRoute(ChecklistRoute);
    const boxes = await screen.findAllByRole('checkbox');
    for (const box of boxes.slice(0, 3)) {
      await user.click(box);
      await waitFor(() => expect(box.closest('li')).toHaveAttribute('aria-busy', 'false'));
    }
    await waitFor(async () => expect(await db.todos.count()).toBe(3));
    await user.click(screen.getByRole('button', { name: 'Clear the ticks' }));
    await waitFor(async () => expect(await db.todos.count()).toBe(0));
    await screen.findByText('Saved on this phone.');
    for (const box of boxes) expect(box).not.toBeChecked();
  });

  it('copies an answer and confirms it', async () => {
    await addPerson();
    const user = userEvent.setup();
    await renderRoute(ChecklistRoute);
    await user.click(await screen.findByRole('button', { name: 'Copy Mobile number' }));
    expect(await screen.findByText('Copied: 移动电话.')).toHaveAttribute('role', 'status');
    expect(await navigator.clipboard.readText()).toBe('13800138000');
  });

  it('switches large text on for every screen', async () => {
    await addPerson();
    const user = userEvent.setup();
    await renderRoute(ChecklistRoute);
    const toggle = await screen.findByRole('button', { name: 'Large text' });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement).toHaveClass('large-text');
    expect(localStorage.getItem(LARGE_TEXT_KEY)).toBe('on');
  });

  it.each(['en', 'zh', 'es'] as const)(
    "with nobody on the phone, shows in %s what to bring and the form's fields, then offers the answers (H1)",
    async (language) => {
      const view = await renderRoute(ChecklistRoute, { language });
      await screen.findByText('证件号码');
      // The lists, not a gate: every field of the bank's form by its Chinese name, with what to answer.
      for (const zh of BANK_FORM_FIELDS)
        expect(within(document.querySelector<HTMLElement>('dl.answers')!).getByText(zh)).toBeInTheDocument();
      expect(screen.getAllByRole('listitem').length).toBeGreaterThanOrEqual(3);
      expect(screen.queryByRole('checkbox')).toBeNull();
      // Adding the answers is offered after the lists, never before them.
      const add = screen.getByRole('link', {
        name: { en: 'Add the details', zh: '添加资料', es: 'Añadir los datos' }[language],
      });
      expect(add).toHaveAttribute('href', '/start');
      const fields = document.querySelector('dl.answers')!;
      expect(fields.compareDocumentPosition(add) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      view.expectNoMissingKeys();
    },
  );

  it('with nobody on the phone, switches to the pickup trip', async () => {
    const user = userEvent.setup();
    await renderRoute(ChecklistRoute);
    await user.click(await screen.findByRole('radio', { name: /Collect and activate it/ }));
    expect(screen.getByRole('heading', { name: 'At pickup' })).toBeInTheDocument();
    expect(screen.queryByText('证件号码')).toBeNull();
    expect(screen.getByText(/Activate the card \(激活\) at the counter before leaving/)).toBeInTheDocument();
  });

  it('follows the card: once applied, it is the pickup trip, with its own ticks (L4)', async () => {
    const student = await addPerson();
    await saveCardJourney(student.id, {
      receiptCode: { code: 'A1B2C3D4E5F' },
      application: {
        channel: 'bank-window',
        submittedOn: '2026-11-20',
        pickupBranch: '中信银行深圳坪山支行',
      },
    });
    const user = userEvent.setup();
    const view = await renderRoute(ChecklistRoute);
    expect(await screen.findByRole('radio', { name: /Collect and activate it/ })).toBeChecked();
    expect(screen.getByText(/Chosen from where the card is now: Application submitted/)).toBeInTheDocument();
    // No form to fill again, and no "apply only after enrolment" at pickup.
    expect(screen.queryByText('证件号码')).toBeNull();
    expect(screen.queryByText(/Apply for the card only after/)).toBeNull();
    expect(screen.getByText(/Pickup branch \(领取网点\): 中信银行深圳坪山支行/)).toBeInTheDocument();
    expect(screen.getByText(/The card should be ready from/).querySelector('time')).toHaveAttribute(
      'dateTime',
      '2026-12-08',
    );
    await user.click(screen.getByRole('checkbox', { name: /Your own valid ID/ }));
    await screen.findByText('Saved on this phone.');
    expect((await db.todos.toArray()).map((s) => (s.kind === 'step' ? s.stepId : s.id))).toEqual([
      'checklist.collect.own-id',
    ]);
    // The other trip is one tap away, with the form's answers.
    await user.click(screen.getByRole('radio', { name: /Apply for the card/ }));
    expect(await screen.findByText('证件号码')).toBeInTheDocument();
    view.expectNoMissingKeys();
  });

  it('keeps the trip chosen by hand in the address, so a reload opens the same trip', async () => {
    const student = await addPerson();
    await saveCardJourney(student.id, {
      receiptCode: { code: 'A1B2C3D4E5F' },
      application: { channel: 'bank-window', submittedOn: '2026-11-20' },
    });
    // The pickup trip by the card's stage, but the address asks for the application trip.
    await renderRoute(ChecklistRoute, { path: '/checklist?trip=apply', routePath: '/checklist' });
    expect(await screen.findByRole('radio', { name: /Apply for the card/ })).toBeChecked();
    expect(screen.getByText('证件号码')).toBeInTheDocument();
    expect(screen.queryByText(/Chosen from where the card is now/)).toBeNull();
  });

  it('says the card is done once activated, marked on the to-do or recorded', async () => {
    const student = await addPerson();
    await setStepState(student.id, 'card.activate', { state: 'done', on: '2026-11-20' });
    await renderRoute(ChecklistRoute);
    expect(
      await screen.findByText(/The card is activated: there is nothing more to do at the bank/),
    ).toBeInTheDocument();
  });

  it.each([
    [
      'en',
      /Only Pablo can do this: the bank needs Pablo in person/,
      'What Pablo brings',
      /Pablo's own valid ID/,
    ],
    [
      'es',
      /Solo Pablo puede hacerlo: el banco necesita que Pablo vaya en persona/,
      'Qué debe llevar Pablo',
      /El documento válido de Pablo/,
    ],
    ['zh', /只能由 Pablo 本人办理/, 'Pablo 需要携带', /Pablo 本人的有效证件/],
  ] as const)(
    'to a family member in %s, speaks about the student, who must go in person (M7)',
    async (language, inPerson, heading, item) => {
      await saveSetup({ role: 'family', city: 'shenzhen', idType: 'resident-id' });
      await addPerson({ name: 'Pablo' });
      const view = await renderRoute(ChecklistRoute, { language });
      expect(await screen.findByText(inPerson)).toBeInTheDocument();
      expect(screen.getByRole('heading', { name: heading })).toBeInTheDocument();
      expect(screen.getByRole('checkbox', { name: item })).toBeInTheDocument();
      view.expectNoMissingKeys();
    },
  );

  it.each(['zh', 'es'] as const)('renders in %s with every key translated', async (language) => {
    await addPerson({ hukouType: undefined });
    const view = await renderRoute(ChecklistRoute, { language });
    await screen.findByText('户口性质');
    view.expectNoMissingKeys();
  });
});
