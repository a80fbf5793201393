import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/data/db';
import { LARGE_TEXT_KEY } from '@/data/device-hints';
import { saveCardJourney } from '@/data/repositories/card';

import { freshDatabaseEachTest, addPerson, holdNextTransaction } from '../../../../tests/component-helpers';
import { renderRoute } from '../../../../tests/render';
import { Component as ChecklistRoute } from './checklist-route';

freshDatabaseEachTest();
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

  it.each(['zh', 'es'] as const)('renders in %s with every key translated', async (language) => {
    await addPerson({ hukouType: undefined });
    const view = await renderRoute(ChecklistRoute, { language });
    await screen.findByText('户口性质');
    view.expectNoMissingKeys();
  });
});
