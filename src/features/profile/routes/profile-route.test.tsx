import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { db } from '@/data/db';
import { saveProfile } from '@/data/repositories/profiles';
import { addPerson, freshDatabaseEachTest } from '../../../../tests/component-helpers';
import { renderRoute } from '../../../../tests/render';
import { Component as ProfileRoute } from './profile-route';

freshDatabaseEachTest();

async function fillValidPerson(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByLabelText('Full name'), 'Li Ming');
  await user.type(screen.getByLabelText('ID number'), '440303200506151230');
  await user.type(screen.getByLabelText('Mobile number'), '138 0013 8000');
}

describe('/profile', () => {
  it('refuses a mistyped ID number next to the field and saves nothing', async () => {
    const user = userEvent.setup();
    const view = await renderRoute(ProfileRoute);
    await fillValidPerson(user);
    const id = screen.getByLabelText('ID number');
    await user.clear(id);
    await user.type(id, '440303200506151231');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(id).toHaveAttribute('aria-invalid', 'true'));
    const describedBy = id.getAttribute('aria-describedby')!.split(' ');
    const message = describedBy.map((ref) => document.getElementById(ref)?.textContent).join(' ');
    expect(message).toMatch(/last character does not match/);
    expect(id).toHaveFocus();
    expect(await db.profiles.count()).toBe(0);
    view.expectNoMissingKeys();
  });

  it('saves a valid person, confirms it, fills the date of birth from the ID and masks the number', async () => {
    const user = userEvent.setup();
    const view = await renderRoute(ProfileRoute);
    await fillValidPerson(user);
    // Filled as soon as the number is whole, before the field is left: Save stays where it was when tapped.
    expect(screen.getByLabelText('Date of birth')).toHaveValue('2005-06-15');
    expect(screen.getByText('Filled in from the ID number.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved: Li Ming.'));
    const [stored] = await db.profiles.toArray();
    expect(stored).toMatchObject({
      name: 'Li Ming',
      idNumber: '440303200506151230',
      mobile: '13800138000',
      dateOfBirth: '2005-06-15',
      city: 'shenzhen',
    });
    // The next step is offered, not the same long form again (UX review 1.4).
    expect(screen.getByRole('heading', { name: 'Li Ming is added' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the to-do' })).toHaveAttribute('href', '/');
    expect(screen.queryByLabelText('Full name')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Edit details' }));
    expect(await screen.findByLabelText('Full name')).toHaveValue('Li Ming');
    const people = await screen.findByRole('list');
    expect(within(people).getByText('440303********1230')).toBeInTheDocument();
    expect(within(people).queryByText('440303200506151230')).toBeNull();
    view.expectNoMissingKeys();
  });

  it('fills the date of birth only from a whole, valid number, follows a corrected one, and keeps a typed date', async () => {
    const user = userEvent.setup();
    await renderRoute(ProfileRoute);
    const id = await screen.findByLabelText('ID number');
    const birth = screen.getByLabelText('Date of birth');
    await user.type(id, '44030320050615123');
    expect(birth).toHaveValue(''); // 17 characters: not a number yet
    await user.type(id, '0');
    expect(birth).toHaveValue('2005-06-15');
    // Corrected to another person's valid number: the filled date follows it.
    await user.clear(id);
    await user.type(id, '11010519491231002X');
    expect(birth).toHaveValue('1949-12-31');
    // A date the person typed is theirs: a new number does not overwrite it.
    await user.clear(birth);
    await user.type(birth, '2001-02-03');
    await user.clear(id);
    await user.type(id, '440303200506151230');
    expect(birth).toHaveValue('2001-02-03');
    expect(screen.queryByText('Filled in from the ID number.')).toBeNull();
  });

  it('adds a second person and switches the active one', async () => {
    const user = userEvent.setup();
    await renderRoute(ProfileRoute);
    await fillValidPerson(user);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved: Li Ming.');

    await user.click(await screen.findByRole('button', { name: 'Add person' }));
    await user.type(screen.getByLabelText('Full name'), 'Ana García');
    await user.selectOptions(screen.getByLabelText('ID type'), 'Passport');
    await user.type(screen.getByLabelText('ID number'), 'pe1234567');
    await user.selectOptions(screen.getByLabelText('City'), 'Shanghai');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved: Ana García.');

    expect(await db.profiles.count()).toBe(2);
    const ana = (await db.profiles.toArray()).find((p) => p.name === 'Ana García')!;
    expect(ana).toMatchObject({ idType: 'passport', idNumber: 'PE1234567', city: 'shanghai' });
    await user.click(screen.getByRole('button', { name: 'Edit details' }));
    await user.click(await screen.findByRole('button', { name: 'Switch to Ana García' }));
    await waitFor(async () => expect((await db.settings.get('app'))?.activeProfileId).toBe(ana.id));
  });

  it('deletes a person only after confirming in a dialog', async () => {
    const user = userEvent.setup();
    await renderRoute(ProfileRoute);
    await fillValidPerson(user);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved: Li Ming.');
    await user.click(screen.getByRole('button', { name: 'Edit details' }));

    await user.click(await screen.findByRole('button', { name: 'Delete this person' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Li Ming?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await db.profiles.count()).toBe(1);

    await user.click(screen.getByRole('button', { name: 'Delete this person' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete' }));
    await waitFor(async () => expect(await db.profiles.count()).toBe(0));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('deleted'));
  });

  it.each(['zh', 'es'] as const)('shows the form in %s with every key translated', async (language) => {
    const view = await renderRoute(ProfileRoute, { language });
    expect(
      await screen.findByRole('button', { name: language === 'zh' ? '保存' : 'Guardar' }),
    ).toBeInTheDocument();
    view.expectNoMissingKeys();
  });

  it('lets the browser autofill only the reader’s own name, mobile and address, never a relative’s or an ID', async () => {
    const user = userEvent.setup();
    await renderRoute(ProfileRoute, { path: '/profile' });
    const name = await screen.findByLabelText('Full name');
    // The first person is "me" unless said otherwise.
    expect(name).toHaveAttribute('autocomplete', 'name');
    expect(screen.getByLabelText('Mobile number')).toHaveAttribute('autocomplete', 'tel-national');
    expect(screen.getByLabelText('ID number')).toHaveAttribute('autocomplete', 'off');
    await user.click(screen.getByRole('checkbox', { name: /me/i }));
    expect(name).toHaveAttribute('autocomplete', 'off');
    expect(screen.getByLabelText('Mobile number')).toHaveAttribute('autocomplete', 'off');
  });
});

// security review F4
describe('/profile with the same person open in another tab', () => {
  it('shows the other tab’s change when nothing is typed here', async () => {
    const person = await addPerson({ name: 'Li Ming' });
    await renderRoute(ProfileRoute);
    expect(await screen.findByLabelText('Full name')).toHaveValue('Li Ming');
    const { id: _id, ...fields } = person;
    await saveProfile({ ...fields, id: person.id, name: 'Renamed elsewhere' }, { seen: person });
    await waitFor(() => expect(screen.getByLabelText('Full name')).toHaveValue('Renamed elsewhere'));
  });

  it('does not save over the other tab’s change without a word, keeps the typing, and saves on a second Save', async () => {
    const user = userEvent.setup();
    const person = await addPerson({ name: 'Li Ming' });
    await renderRoute(ProfileRoute);
    const name = await screen.findByLabelText('Full name');
    await user.clear(name);
    await user.type(name, 'Typed here');
    const { id: _id, ...fields } = person;
    await saveProfile({ ...fields, id: person.id, mobile: '13611112222' }, { seen: person });

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/changed in another tab or window/);
    expect(name).toHaveValue('Typed here');
    expect((await db.profiles.get(person.id))?.mobile).toBe('13611112222');

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved: Typed here.'));
    expect((await db.profiles.get(person.id))?.name).toBe('Typed here');
  });
});
