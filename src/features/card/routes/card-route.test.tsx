import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/data/db';
import { saveCardJourney } from '@/data/repositories/card';

import { freshDatabaseEachTest, fixedToday, addPerson } from '../../../../tests/component-helpers';
import { renderRoute } from '../../../../tests/render';
import { Component as CardRoute } from './card-route';

fixedToday('2026-11-22T04:00:00Z');

freshDatabaseEachTest();

function messageFor(field: HTMLElement) {
  return (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((ref) => document.getElementById(ref)?.textContent)
    .join(' ');
}

describe('/card', () => {
  it('asks for a person first when nobody is on the phone', async () => {
    const view = await renderRoute(CardRoute);
    expect(await screen.findByRole('link', { name: 'Start' })).toHaveAttribute('href', '/start');
    view.expectNoMissingKeys();
  });

  it('refuses a receipt code of the wrong length next to the field and saves nothing', async () => {
    await addPerson();
    const user = userEvent.setup();
    const view = await renderRoute(CardRoute);
    const code = await screen.findByLabelText('Receipt code');
    await user.type(code, 'abc-123');
    await user.selectOptions(screen.getByLabelText('Application channel'), 'Bank window');
    await user.type(screen.getByLabelText('Submitted on'), '2026-11-20');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'));
    expect(messageFor(code)).toMatch(/exactly 11 characters/);
    expect(code).toHaveFocus();
    expect(await db.receiptCodes.count()).toBe(0);
    expect(await db.cardApplications.count()).toBe(0);
    view.expectNoMissingKeys();
  });

  it('stores the code in upper case and shows the expected ready date, skipping weekends and holidays', async () => {
    const student = await addPerson();
    const user = userEvent.setup();
    await renderRoute(CardRoute);
    await user.type(await screen.findByLabelText('Receipt code'), 'a1b2 c3d4-e5f');
    await user.selectOptions(screen.getByLabelText('Application channel'), 'Bank window');
    await user.type(screen.getByLabelText('Submitted on'), '2026-11-20');
    // Shown as soon as the channel and date are known: 12 working days after Friday 20 November.
    expect(document.querySelector('.computed time')).toHaveAttribute('dateTime', '2026-12-08');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved.'));
    const [code] = await db.receiptCodes.toArray();
    expect(code).toMatchObject({ profileId: student.id, code: 'A1B2C3D4E5F' });
    const [application] = await db.cardApplications.toArray();
    expect(application).toMatchObject({ channel: 'bank-window', submittedOn: '2026-11-20' });
    expect(screen.getByRole('heading', { level: 2, name: 'Waiting for the card' })).toBeInTheDocument();
    expect(screen.getByText('Wait while it is made').closest('li')).toHaveAttribute('aria-current', 'step');
  });

  it('will not take an activation date before pickup, or a date in the future', async () => {
    await addPerson();
    const user = userEvent.setup();
    await renderRoute(CardRoute);
    await user.selectOptions(await screen.findByLabelText('Application channel'), 'Instant issue');
    await user.type(screen.getByLabelText('Submitted on'), '2026-11-23');
    await user.type(screen.getByLabelText('Activated on'), '2026-11-21');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const activated = screen.getByLabelText('Activated on');
    await waitFor(() => expect(activated).toHaveAttribute('aria-invalid', 'true'));
    expect(messageFor(activated)).toMatch(/pickup date first/);
    expect(await db.cardApplications.count()).toBe(0);
  });

  it('takes a typed year 9999 calmly: the screen stays, the date is refused next to the field, nothing is saved', async () => {
    await addPerson();
    const user = userEvent.setup();
    await renderRoute(CardRoute);
    await user.type(await screen.findByLabelText('Receipt code'), 'A1B2C3D4E5F');
    await user.selectOptions(screen.getByLabelText('Application channel'), 'Bank window');
    const submitted = screen.getByLabelText('Submitted on');
    expect(submitted).toHaveAttribute('max', '2099-12-31');
    await user.type(submitted, '9999-12-20');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(submitted).toHaveAttribute('aria-invalid', 'true'));
    const message = document.getElementById(submitted.getAttribute('aria-describedby')!.split(' ').at(-1)!);
    expect(message).toHaveTextContent('Enter a date between 1900 and 2099.');
    expect(screen.getByLabelText('Receipt code')).toHaveValue('A1B2C3D4E5F');
    expect(await db.cardApplications.count()).toBe(0);
  });

  it('says a plain refusal, not a full disk, when the storage fails another way', async () => {
    await addPerson();
    const user = userEvent.setup();
    await renderRoute(CardRoute);
    await user.type(await screen.findByLabelText('Receipt code'), 'A1B2C3D4E5F');
    const spy = vi
      .spyOn(db, 'transaction')
      .mockRejectedValueOnce(new DOMException('blocked', 'UnknownError'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/storage did not accept the change/);
    spy.mockRestore();
    expect(await db.receiptCodes.count()).toBe(0);
  });

  it('keeps what was typed and says so when the phone’s storage refuses the save', async () => {
    await addPerson();
    const user = userEvent.setup();
    await renderRoute(CardRoute);
    const code = await screen.findByLabelText('Receipt code');
    await user.type(code, 'A1B2C3D4E5F');
    const spy = vi
      .spyOn(db, 'transaction')
      .mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/storage is full, so nothing was saved/);
    expect(code).toHaveValue('A1B2C3D4E5F');
    spy.mockRestore();
    expect(await db.receiptCodes.count()).toBe(0);
  });

  it('makes activation impossible to miss once the card is collected', async () => {
    const student = await addPerson();
    await saveCardJourney(student.id, {
      receiptCode: { code: 'A1B2C3D4E5F' },
      application: { channel: 'instant-issue', submittedOn: '2026-11-20', pickedUpOn: '2026-11-20' },
    });
    await renderRoute(CardRoute);
    expect(
      await screen.findByRole('heading', { name: 'Activate your card now: until then it gives no benefits' }),
    ).toBeInTheDocument();
  });

  it('tells a passport holder that international students are not in the scheme', async () => {
    await addPerson({ idType: 'passport', idNumber: 'E12345678', dateOfBirth: undefined });
    await renderRoute(CardRoute);
    expect(
      await screen.findByRole('heading', { name: 'International students are not in this scheme' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Read the guides/ })).toHaveAttribute('href', '/guides');
  });

  it('tells a Hong Kong permit holder to take the receipt code in person, not through Alipay', async () => {
    await addPerson({ idType: 'hk-macao-permit', idNumber: 'H12345678', dateOfBirth: undefined });
    await renderRoute(CardRoute);
    const next = await screen.findByRole('heading', { name: 'First: get your photo receipt code' });
    const body = next.parentElement!;
    expect(body).toHaveTextContent(/is taken in person, at a photo studio that issues 回执码/);
    expect(body).not.toHaveTextContent(/Alipay/);
  });

  it.each(['zh', 'es'] as const)('renders in %s with every key translated', async (language) => {
    await addPerson();
    const view = await renderRoute(CardRoute, { language });
    await screen.findByRole('button', { name: language === 'zh' ? '保存' : 'Guardar' });
    view.expectNoMissingKeys();
  });
});
