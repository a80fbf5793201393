import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { db } from '@/data/db';
import { saveFiling } from '@/data/repositories/filings';

import { freshDatabaseEachTest, fixedToday, addPerson } from '../../../../tests/component-helpers';
import { renderRoute } from '../../../../tests/render';
import { Component as FilingsRoute } from './filings-route';

fixedToday('2026-11-22T04:00:00Z');
freshDatabaseEachTest();

async function addFiling(
  user: ReturnType<typeof userEvent.setup>,
  type: string,
  destination: string,
  start: string,
  status = 'Submitted',
) {
  await user.click(await screen.findByRole('button', { name: 'Add filing' }));
  await user.selectOptions(screen.getByLabelText('Filing type'), type);
  await user.type(screen.getByLabelText('Destination'), destination);
  await user.type(screen.getByLabelText('Start date'), start);
  // A new filing starts as a draft (UX review 5.3).
  expect(screen.getByLabelText('Status')).toHaveValue('draft');
  await user.selectOptions(screen.getByLabelText('Status'), status);
  await user.click(screen.getByRole('button', { name: 'Save' }));
}

/** A student whose approved temporary filing is for 长沙市 (Changsha), from 1 July 2026. */
async function studentInChangsha() {
  const student = await addPerson();
  await saveFiling({
    profileId: student.id,
    type: 'temporary-travel',
    destinationProvince: '湖南省',
    destinationCity: '长沙市',
    startDate: '2026-07-01',
    status: 'approved',
  });
  return student;
}

describe('/filings', () => {
  it('guides a student going home for the summer to a temporary filing, and starts it', async () => {
    await addPerson();
    const user = userEvent.setup();
    const view = await renderRoute(FilingsRoute);
    await user.click(await screen.findByRole('button', { name: 'No' }));
    await user.click(screen.getByRole('button', { name: 'Going home for the holidays' }));
    await user.click(screen.getByRole('button', { name: 'In another province' }));
    const result = screen.getByRole('region', { name: 'Result' });
    expect(within(result).getByText(/File as a temporary traveller/)).toBeInTheDocument();
    expect(within(result).getByText(/paid the premium in full for the month before/)).toBeInTheDocument();
    await user.click(within(result).getByRole('button', { name: 'Start this filing' }));
    expect(screen.getByLabelText('Filing type')).toHaveValue('temporary-travel');
    view.expectNoMissingKeys();
  });

  it('gives a Shanghai-insured student no Shenzhen outcome, only who to ask, and still records the trip', async () => {
    await addPerson({ city: 'shanghai' });
    const user = userEvent.setup();
    const view = await renderRoute(FilingsRoute);
    expect(await screen.findByRole('heading', { name: /Treatment outside Shanghai/ })).toBeInTheDocument();
    expect(screen.getByText(/ask the medical-security hotline 12393/)).toBeInTheDocument();
    // No wizard: its Guangdong answer ("no filing needed") is Shenzhen's rule.
    expect(screen.queryByRole('button', { name: 'In another province' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'No' })).toBeNull();
    await addFiling(user, 'Temporary stay elsewhere', '广州', '2027-01-20', 'Draft');
    await waitFor(async () => expect(await db.filings.count()).toBe(1));
    view.expectNoMissingKeys();
  });

  it('adds a referral and shows its validity end as a <time>, one year on', async () => {
    await addPerson();
    const user = userEvent.setup();
    await renderRoute(FilingsRoute);
    await addFiling(user, 'Referral', 'Changsha', '2026-03-01');
    await waitFor(async () => expect(await db.filings.count()).toBe(1));
    expect((await db.filings.toArray())[0]).toMatchObject({
      type: 'referral',
      destinationProvince: '湖南省',
      destinationCity: '长沙市',
      status: 'submitted',
    });
    const item = (await screen.findByText(/Referral · 湖南省 长沙市/)).closest('li')!;
    expect(item.querySelector('time[datetime="2027-02-28"]')).not.toBeNull();
  });

  // content audit M-1
  it('a new temporary filing to another city replaces the old one only once it is approved', async () => {
    await studentInChangsha();
    const user = userEvent.setup();
    await renderRoute(FilingsRoute);
    await addFiling(user, 'Temporary stay elsewhere', '武汉', '2026-12-01');
    // Before saving, the user is warned that it would end the filing in force (UX review 5.1)…
    const warning = await screen.findByRole('dialog', {
      name: 'This would end your temporary filing for 长沙市 (Changsha)',
    });
    expect(within(warning).getByText(/an emergency counts as filed/)).toBeInTheDocument();
    expect(await db.filings.count()).toBe(1);
    // A double tap on "Save anyway" saves once.
    await user.dblClick(within(warning).getByRole('button', { name: 'Save anyway' }));
    // Submitted: the old one stays in force, and the user is told what happens on approval.
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/Once this filing is approved/));
    expect(await db.filings.count()).toBe(2);
    const old = () => db.filings.toArray().then((all) => all.find((f) => f.destinationCity === '长沙市')!);
    expect(await old()).toMatchObject({ status: 'approved' });

    // Approved: the old one is replaced, and said so.
    const fresh = (await db.filings.toArray()).find((f) => f.destinationCity === '武汉市')!;
    await saveFiling({ ...fresh, status: 'approved' });
    expect(await old()).toMatchObject({ status: 'superseded', supersededBy: fresh.id });
    expect(await screen.findByText('Replaced by the newer filing to 湖北省 武汉市.')).toBeInTheDocument();

    // Rejected after all: the old one is in force again.
    await saveFiling({ ...(await db.filings.get(fresh.id))!, status: 'rejected' });
    expect(await old()).toMatchObject({ status: 'approved' });
    expect((await old()).supersededBy).toBeUndefined();
  });

  it('refuses a second active long-term filing with an alert, and saves nothing', async () => {
    const student = await addPerson();
    await saveFiling({
      profileId: student.id,
      type: 'long-term-residence',
      destinationProvince: '湖南省',
      destinationCity: '长沙市',
      startDate: '2026-03-01',
      status: 'approved',
    });
    const user = userEvent.setup();
    await renderRoute(FilingsRoute);
    await addFiling(user, 'Stationed elsewhere for work', '武汉', '2026-12-01');
    expect(await screen.findByRole('alert')).toHaveTextContent(/cancel the old filing first/);
    expect(await db.filings.count()).toBe(1);
  });

  it('flags a referral that ends within 30 days', async () => {
    const student = await addPerson();
    await saveFiling({
      profileId: student.id,
      type: 'referral',
      destinationProvince: '湖南省',
      destinationCity: '长沙市',
      startDate: '2025-12-10',
      status: 'approved',
    });
    await renderRoute(FilingsRoute);
    expect(await screen.findByText('Ends in 17 days')).toBeInTheDocument();
  });

  it('refuses a filing without a destination next to the field', async () => {
    await addPerson();
    const user = userEvent.setup();
    await renderRoute(FilingsRoute);
    await user.click(await screen.findByRole('button', { name: 'Add filing' }));
    await user.selectOptions(screen.getByLabelText('Filing type'), 'Referral');
    await user.type(screen.getByLabelText('Start date'), '2026-12-01');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByLabelText('Destination')).toHaveAttribute('aria-invalid', 'true'));
    expect(await db.filings.count()).toBe(0);
  });

  it.each(['zh', 'es'] as const)('renders in %s with every key translated', async (language) => {
    const student = await addPerson();
    await saveFiling({
      profileId: student.id,
      type: 'referral',
      destinationProvince: '海南省',
      startDate: '2026-01-10',
      status: 'approved',
    });
    const view = await renderRoute(FilingsRoute, { language });
    await screen.findAllByRole('listitem');
    view.expectNoMissingKeys();
  });

  it.each([
    // A reader of Chinese reads the place as it is; a reader of Spanish also gets its pinyin, as in English.
    {
      language: 'zh',
      add: '添加备案',
      type: '备案类型',
      destination: '就医地',
      start: '开始日期',
      status: '状态',
      travel: '其他临时外出就医人员',
      submitted: '已提交',
      save: '保存',
      warning: '这会让你到长沙市的临时备案失效',
    },
    {
      language: 'es',
      add: 'Añadir registro',
      type: 'Tipo de registro',
      destination: 'Destino',
      start: 'Fecha de inicio',
      status: 'Estado',
      travel: 'Estancia temporal fuera (其他临时外出就医人员)',
      submitted: 'Enviado',
      save: 'Guardar',
      warning: 'Esto pondría fin a su registro temporal para 长沙市 (Changsha)',
    },
  ] as const)('names the place in a sentence as a reader of $language reads it', async (words) => {
    await studentInChangsha();
    const user = userEvent.setup();
    await renderRoute(FilingsRoute, { language: words.language });
    await user.click(await screen.findByRole('button', { name: words.add }));
    await user.selectOptions(screen.getByLabelText(words.type), words.travel);
    await user.type(screen.getByLabelText(words.destination), '武汉');
    await user.type(screen.getByLabelText(words.start), '2026-12-01');
    await user.selectOptions(screen.getByLabelText(words.status), words.submitted);
    await user.click(screen.getByRole('button', { name: words.save }));
    expect(await screen.findByRole('dialog', { name: words.warning })).toBeInTheDocument();
  });
});
