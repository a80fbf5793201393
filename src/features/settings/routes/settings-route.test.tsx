import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { db } from '@/data/db';
import { saveProfile } from '@/data/repositories/profiles';
import { buildProfile } from '../../../../tests/builders';
import { freshDatabaseEachTest } from '../../../../tests/component-helpers';
import { renderRoute } from '../../../../tests/render';
import { Component as SettingsRoute } from './settings-route';

freshDatabaseEachTest();

const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures', name), 'utf8');
const file = (text: string, name = 'backup.json') => new File([text], name, { type: 'application/json' });

describe('/settings: backup and delete', () => {
  it('previews a valid backup and merges it', async () => {
    const { id: _id, ...me } = buildProfile({ name: 'Already here' });
    await saveProfile(me);
    const user = userEvent.setup();
    const view = await renderRoute(SettingsRoute);
    await user.upload(await screen.findByLabelText('Import backup'), file(fixture('valid-backup.json')));
    const preview = await screen.findByRole('region', { name: 'Import backup.json?' });
    expect(within(preview).getByText('1 person: 李明.')).toBeInTheDocument();
    expect(within(preview).getByText('1 receipt code')).toBeInTheDocument();
    await user.click(within(preview).getByRole('button', { name: 'Import now' }));
    expect(await screen.findByText('Imported and merged: 1 person.')).toHaveAttribute('role', 'status');
    expect((await db.profiles.toArray()).map((p) => p.name).sort()).toEqual(['Already here', '李明']);
    view.expectNoMissingKeys();
  });

  it.each([
    ['hostile-backups/proto-top.json', /unsafe content/],
    ['hostile-backups/newer-version.json', /newer version of the app/],
    ['hostile-backups/truncated.json', /damaged or cut short/],
    ['hostile-backups/profile-bad-id-number.json', /not valid/],
  ])('refuses %s with an alert and changes nothing', async (name, message) => {
    const { id: _id, ...me } = buildProfile({ name: 'Keep me' });
    await saveProfile(me);
    const user = userEvent.setup();
    await renderRoute(SettingsRoute);
    await user.upload(await screen.findByLabelText('Import backup'), file(fixture(name)));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect((await db.profiles.toArray()).map((p) => p.name)).toEqual(['Keep me']);
  });

  it('deletes all data only after confirming', async () => {
    const { id: _id, ...me } = buildProfile();
    await saveProfile(me);
    const user = userEvent.setup();
    await renderRoute(SettingsRoute);
    await user.click(await screen.findByRole('button', { name: 'Delete all data' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await db.profiles.count()).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Delete all data' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText(/All data was deleted/)).toHaveAttribute('role', 'status');
    expect(await db.profiles.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
  });

  it.each(['zh', 'es'] as const)('renders in %s with every key translated', async (language) => {
    const view = await renderRoute(SettingsRoute, { language });
    await screen.findAllByRole('button');
    view.expectNoMissingKeys();
  });
});
