import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { db } from '@/data/db';
import { saveBinding } from '@/data/repositories/clinic';

import { freshDatabaseEachTest, fixedToday, addPerson } from '../../../../tests/component-helpers';
import { renderRoute } from '../../../../tests/render';
import { Component as ClinicRoute } from './clinic-route';

fixedToday('2026-11-22T04:00:00Z');
freshDatabaseEachTest();

const messageFor = (field: HTMLElement) =>
  (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((ref) => document.getElementById(ref)?.textContent)
    .join(' ');

describe('/clinic', () => {
  it('records a binding and shows until when it is locked, as a <time>', async () => {
    const student = await addPerson();
    const user = userEvent.setup();
    const view = await renderRoute(ClinicRoute);
    expect(await screen.findByText(/No clinic bound yet/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Clinic name'), '竹韵社区健康服务中心');
    await user.type(screen.getByLabelText('Bound on'), '2026-10-31');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved: 竹韵社区健康服务中心.'));
    const [binding] = await db.clinicBindings.toArray();
    expect(binding).toMatchObject({
      profileId: student.id,
      boundOn: '2026-10-31',
      kind: 'community-health-centre',
    });
    const current = screen.getByRole('heading', { name: 'Your bound clinic' }).closest('section')!;
    await waitFor(() =>
      expect(
        within(current).getByText(/Locked: by our count you can change it from about/),
      ).toBeInTheDocument(),
    );
    expect(current.querySelector('time[datetime="2026-11-30"]')).not.toBeNull();
    view.expectNoMissingKeys();
  });

  // content audit M-6
  it('warns about a binding inside the worked-out lock, and records it on a second Save', async () => {
    const student = await addPerson();
    await saveBinding({
      profileId: student.id,
      name: 'A 社康',
      kind: 'community-health-centre',
      boundOn: '2026-01-31',
    });
    const user = userEvent.setup();
    await renderRoute(ClinicRoute);
    const name = await screen.findByLabelText('Clinic name');
    await user.type(name, 'B 社康');
    await user.type(screen.getByLabelText('Bound on'), '2026-02-27');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const boundOn = screen.getByLabelText('Bound on');
    await waitFor(() => expect(boundOn).toHaveAttribute('aria-invalid', 'true'));
    expect(messageFor(boundOn)).toMatch(/A 社康 is locked for a month: .*28 Feb 2026/);
    expect(await db.clinicBindings.count()).toBe(1);
    // The date is an estimate: the user's own record wins when they insist.
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await db.clinicBindings.count()).toBe(2));
  });

  it('refuses a hospital for a student of 14 or over', async () => {
    await addPerson();
    const user = userEvent.setup();
    await renderRoute(ClinicRoute);
    await user.type(await screen.findByLabelText('Clinic name'), '某医院');
    await user.selectOptions(screen.getByLabelText('Clinic kind'), 'hospital');
    await user.type(screen.getByLabelText('Bound on'), '2026-10-01');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const kind = screen.getByLabelText('Clinic kind');
    await waitFor(() => expect(kind).toHaveAttribute('aria-invalid', 'true'));
    expect(messageFor(kind)).toMatch(/At 21, bind a community health centre/);
    expect(await db.clinicBindings.count()).toBe(0);
  });

  it('works out the premium from the wage and shows the formula', async () => {
    const student = await addPerson();
    const user = userEvent.setup();
    await renderRoute(ClinicRoute);
    await user.click(await screen.findByRole('button', { name: 'Edit enrolment 2026' }));
    await user.click(screen.getByRole('button', { name: 'Use the 2024–2025 wage' }));
    // The newest wage the app knows is two scheme years behind 2026: said (content audit M-8).
    expect(screen.getByText(/The newest figures the app knows are for 2024–2025/)).toBeInTheDocument();
    expect(
      screen.getByText(
        /× 0.8% × 12 = ¥1,308.96 a year in total: the government subsidy and your share together/,
      ),
    ).toBeInTheDocument();
    await user.type(screen.getByLabelText('Confirmed and paid on'), '2026-11-20');
    const saves = screen.getAllByRole('button', { name: 'Save' });
    await user.click(saves.at(-1)!);
    await waitFor(async () => expect(await db.enrolments.count()).toBe(1));
    expect((await db.enrolments.toArray())[0]).toMatchObject({
      profileId: student.id,
      year: 2026,
      averageMonthlyWage: 13635,
      confirmedOn: '2026-11-20',
    });
  });

  it.each(['zh', 'es'] as const)('renders in %s with every key translated', async (language) => {
    const student = await addPerson();
    await saveBinding({
      profileId: student.id,
      name: 'A 社康',
      kind: 'community-health-centre',
      boundOn: '2026-01-31',
    });
    const view = await renderRoute(ClinicRoute, { language });
    await screen.findByText('A 社康', { selector: '.next__title' });
    view.expectNoMissingKeys();
  });
});
