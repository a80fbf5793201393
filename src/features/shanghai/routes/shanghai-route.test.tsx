import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { db } from '@/data/db';
import { saveProfile } from '@/data/repositories/profiles';
import { buildProfile } from '../../../../tests/builders';
import { freshDatabaseEachTest, fixedToday } from '../../../../tests/component-helpers';
import { renderRoute } from '../../../../tests/render';
import { Component as ShanghaiRoute } from './shanghai-route';

fixedToday('2026-09-10T04:00:00Z');
freshDatabaseEachTest();

async function addFreshman() {
  const { id: _id, ...profile } = buildProfile({ city: 'shanghai', entryDate: '2026-09-01' });
  return saveProfile(profile);
}

describe('/shanghai', () => {
  it('shows the 31 October deadline, records the confirmation and dates the e-voucher from the next day', async () => {
    const student = await addFreshman();
    const user = userEvent.setup();
    const view = await renderRoute(ShanghaiRoute);
    const confirm = (await screen.findByText('Confirm enrolment in 随申办 (参保确认)')).closest('li')!;
    expect(confirm.querySelector('time[datetime="2026-10-31"]')).not.toBeNull();

    await user.type(screen.getByLabelText('Confirmed on'), '2026-09-09');
    await user.selectOptions(screen.getByLabelText('Account result'), 'Set up (建账成功)');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved.'));
    expect((await db.shanghaiEnrolments.toArray())[0]).toMatchObject({
      profileId: student.id,
      entryYear: 2026,
      confirmedOn: '2026-09-09',
      accountResult: 'success',
    });
    const eVoucher = (await screen.findByText(/Activate the e-voucher/)).closest('li')!;
    await waitFor(() => expect(eVoucher.querySelector('time[datetime="2026-09-10"]')).not.toBeNull());
    view.expectNoMissingKeys();
  });

  it('refuses an e-voucher activated on the day of confirmation', async () => {
    await addFreshman();
    const user = userEvent.setup();
    const view = await renderRoute(ShanghaiRoute);
    await user.type(await screen.findByLabelText('Confirmed on'), '2026-09-09');
    await user.type(screen.getByLabelText('E-voucher activated on'), '2026-09-09');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const field = screen.getByLabelText('E-voucher activated on');
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    const message = document.getElementById(field.getAttribute('aria-describedby')!.split(' ')[0]!);
    expect(message).toHaveTextContent('from the day after confirmation');
    expect(await db.shanghaiEnrolments.count()).toBe(0);
    view.expectNoMissingKeys();
  });

  it('renders the benefits as a table with headers, and estimates a bill step by step', async () => {
    await addFreshman();
    const user = userEvent.setup();
    await renderRoute(ShanghaiRoute);
    const table = await screen.findByRole('table', { name: /what the student pays/ });
    expect(within(table).getAllByRole('columnheader')).toHaveLength(4);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(7);

    await user.selectOptions(screen.getByLabelText('Kind of care'), 'Inpatient (住院)');
    await user.selectOptions(screen.getByLabelText('Hospital level'), 'Level 3 (三级医院)');
    const bill = screen.getByLabelText('Bill amount (yuan)');
    await user.clear(bill);
    await user.type(bill, '10000');
    expect(screen.getByText('You pay about ¥4,180.00')).toBeInTheDocument();
    expect(screen.getByText('Insurance pays about ¥5,820.00.')).toBeInTheDocument();
  });

  it.each(['zh', 'es'] as const)('renders in %s with every key translated', async (language) => {
    await addFreshman();
    const view = await renderRoute(ShanghaiRoute, { language });
    await screen.findByRole('table');
    view.expectNoMissingKeys();
  });
});
