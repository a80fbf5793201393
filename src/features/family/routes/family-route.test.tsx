import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { db } from '@/data/db';

import { freshDatabaseEachTest, addPerson } from '../../../../tests/component-helpers';
import { renderRoute } from '../../../../tests/render';
import { Component as FamilyRoute } from './family-route';

freshDatabaseEachTest();

describe('/family', () => {
  it('lists family members and switches the person shown', async () => {
    await addPerson({ name: '李明' });
    const mother = await addPerson({ name: '王丽', dateOfBirth: undefined, idNumber: '11010519491231002X' });
    const user = userEvent.setup();
    const view = await renderRoute(FamilyRoute);
    await user.click(await screen.findByRole('button', { name: 'Switch to 王丽' }));
    await waitFor(async () => expect((await db.settings.get('app'))?.activeProfileId).toBe(mother.id));
    expect(screen.getByRole('link', { name: 'Add a family member' })).toHaveAttribute(
      'href',
      '/profile?add=1',
    );
    view.expectNoMissingKeys();
  });

  it('gives one verdict under the rule that applies now, with the seed’s five conditions as history', async () => {
    await addPerson();
    const user = userEvent.setup();
    await renderRoute(FamilyRoute);
    const yes = async (label: RegExp) => user.selectOptions(await screen.findByLabelText(label), 'Yes');
    await yes(/employees' personal account/);
    await yes(/tier 1/);
    await yes(/member's own personal account/);
    await yes(/family relation registered/);
    await user.type(screen.getByLabelText(/balance \(yuan\)/), '5000');
    await user.selectOptions(screen.getByLabelText(/How is the relative related/), 'Parent (父母)');
    // One verdict, under the rule that applies today, first (content audit M-3)…
    const newer = screen.getByRole('heading', { name: 'Since 1 October 2023' }).parentElement!;
    expect(within(newer).getByText('The link should work.')).toBeInTheDocument();
    expect(within(newer).getByText(/Applies now, since/)).toBeInTheDocument();
    // …and the seed's rule as folded history, with the day it ended.
    const seed = screen.getByText(/Earlier rule \(history\): Older guide's rule/).closest('details')!;
    expect(seed).not.toHaveAttribute('open');
    expect(within(seed).getByText('The link would not work.')).toBeInTheDocument();
    expect(
      within(seed)
        .getByText(/over 5% of the previous year/)
        .closest('li'),
    ).toHaveTextContent('not met');
    expect(seed.querySelector('time[datetime="2023-09-30"]')).not.toBeNull();
  });

  it('records a link with a relative and refuses it without a relation', async () => {
    const student = await addPerson({ name: '李明' });
    const father = await addPerson({ name: '李强', dateOfBirth: undefined, idNumber: '11010519491231002X' });
    const user = userEvent.setup();
    await renderRoute(FamilyRoute);
    await user.selectOptions(await screen.findByLabelText('Relative whose account pays'), '李强');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByLabelText('Relation')).toHaveAttribute('aria-invalid', 'true'));
    expect(await db.familyLinks.count()).toBe(0);

    await user.selectOptions(screen.getByLabelText('Relation'), 'Parent (父母)');
    await user.type(screen.getByLabelText("Relative's social-security number"), '602345678');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await db.familyLinks.count()).toBe(1));
    expect((await db.familyLinks.toArray())[0]).toMatchObject({
      profileId: student.id,
      authoriserProfileId: father.id,
      relation: 'parent',
    });
    expect(await screen.findByText(/60\*+78/)).toBeInTheDocument();
  });

  it('works the several-authorisers example: highest balance first', async () => {
    await addPerson();
    await renderRoute(FamilyRoute);
    expect(await screen.findByText(/Father's account first .*pays ¥5,000.00/)).toBeInTheDocument();
    expect(screen.getByText(/Then the mother's .*pays ¥1,500.00/)).toBeInTheDocument();
  });

  it.each(['zh', 'es'] as const)('renders in %s with every key translated', async (language) => {
    await addPerson();
    const view = await renderRoute(FamilyRoute, { language });
    await screen.findAllByRole('listitem');
    view.expectNoMissingKeys();
  });
});
