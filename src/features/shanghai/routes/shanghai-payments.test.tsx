import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { db } from '@/data/db';
import { saveProfile } from '@/data/repositories/profiles';
import { buildProfile } from '../../../../tests/builders';
import { freshDatabaseEachTest, fixedToday } from '../../../../tests/component-helpers';
import { renderRoute } from '../../../../tests/render';
import { Component as ShanghaiRoute } from './shanghai-route';

fixedToday('2026-11-25T04:00:00Z');
freshDatabaseEachTest();

async function addSecondYear() {
  const { id: _id, ...profile } = buildProfile({ city: 'shanghai', entryDate: '2025-09-01' });
  return saveProfile(profile);
}

// content re-audit R-3
describe('/shanghai, one payment a year', () => {
  it('records last year’s and this year’s payments apart, and neither shows as missed', async () => {
    await addSecondYear();
    const user = userEvent.setup();
    const view = await renderRoute(ShanghaiRoute);
    // The form opens on the period in question today: 2026's, for the 2027 premium.
    const period = await screen.findByLabelText('Payment period');
    expect(period).toHaveValue('2026');
    await user.selectOptions(period, '2025');
    await user.type(screen.getByLabelText('Premium paid on'), '2025-11-20');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved.'));

    await user.selectOptions(screen.getByLabelText('Payment period'), '2026');
    expect(screen.getByLabelText('Premium paid on')).toHaveValue('');
    await user.type(screen.getByLabelText('Premium paid on'), '2026-11-20');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await db.shanghaiEnrolments.toArray())[0]?.payments).toEqual([
        { year: 2025, paidOn: '2025-11-20' },
        { year: 2026, paidOn: '2026-11-20' },
      ]),
    );
    const onRecord = (await screen.findByRole('heading', { name: 'Payments on record' })).nextElementSibling!;
    await waitFor(() => expect(onRecord.querySelectorAll('time')).toHaveLength(2));
    // This year's payment is done, and last year's is not brought back as missed.
    await waitFor(() =>
      expect(screen.getByText('Pay the 2027 premium').closest('li')).toHaveClass('item--done'),
    );
    expect(screen.queryByText('Pay the 2026 premium')).toBeNull();
    view.expectNoMissingKeys();
  });

  it('refuses a payment period years away from the period chosen, and saves nothing', async () => {
    await addSecondYear();
    const user = userEvent.setup();
    const view = await renderRoute(ShanghaiRoute);
    await user.type(await screen.findByLabelText('Payment period starts'), '2029-11-14');
    await user.type(screen.getByLabelText('Payment period ends'), '2029-12-05');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const field = screen.getByLabelText('Payment period starts');
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    const message = document.getElementById(field.getAttribute('aria-describedby')!.split(' ')[0]!);
    expect(message).toHaveTextContent('far from the year it is for');
    expect(await db.shanghaiEnrolments.count()).toBe(0);
    view.expectNoMissingKeys();
  });

  it('refuses a period that ends before it starts', async () => {
    await addSecondYear();
    const user = userEvent.setup();
    await renderRoute(ShanghaiRoute);
    await user.type(await screen.findByLabelText('Payment period starts'), '2026-11-20');
    await user.type(screen.getByLabelText('Payment period ends'), '2026-11-10');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Payment period ends')).toHaveAttribute('aria-invalid', 'true'),
    );
    expect(await db.shanghaiEnrolments.count()).toBe(0);
  });
});
