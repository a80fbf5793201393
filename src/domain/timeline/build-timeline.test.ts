import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  buildCardApplication,
  buildClinicBinding,
  buildCustomTodo,
  buildEnrolment,
  buildFiling,
  buildProfile,
  buildReceiptCode,
  buildShanghaiEnrolment,
  buildStepState,
  NO_TIMELINE_RECORDS,
  failOnScheduleError,
} from '../../../tests/builders';
import { chinaWorkingDays } from '../dates/china-holidays';
import { addDays, compareIsoDates, fromDayNumber, toDayNumber, type IsoDate } from '../dates/iso-date';
import type { Profile } from '../profile/schema';
import { buildTimeline, mergeTimelines, nextItem, recordsByPerson } from './build-timeline';
import { TIMELINE_RULES } from './rules';
import type { WorkingDayCalendar } from '../dates/working-days';
import type { TimelineItem, TimelineRecords } from './types';

const NO_RECORDS = NO_TIMELINE_RECORDS;
const student = buildProfile();
const shanghaiStudent = buildProfile({
  id: 'profile-2',
  name: '王芳',
  city: 'shanghai',
  entryDate: '2026-09-01',
});

function timeline(today: IsoDate, records: Partial<TimelineRecords> = {}, profiles: Profile[] = [student]) {
  return buildTimeline({
    profiles,
    records: { ...NO_RECORDS, ...records },
    rules: TIMELINE_RULES,
    today,
    calendar: chinaWorkingDays,
    onScheduleError: failOnScheduleError,
  });
}
const find = (items: TimelineItem[], stepId: string) => items.find((i) => i.stepId === stepId);
const daysOf = (from: IsoDate, to: IsoDate) =>
  Array.from({ length: toDayNumber(to) - toDayNumber(from) + 1 }, (_, i) => addDays(from, i));

describe('a new Shenzhen student', () => {
  const entrant = buildProfile({ entryDate: '2026-09-01' });
  it.each(daysOf('2026-01-01', '2027-08-31'))(
    'on %s: the receipt code and the clinic now, the card after enrolling',
    (today) => {
      const items = timeline(today, {}, [entrant]);
      const inEnrolment = compareIsoDates(today, '2026-09-01') >= 0;
      // The September window (a deadline) comes first while open, and a missed one stays overdue and first
      // across 1 January until next year's window opens (content re-audit R-1); before it, the card journey.
      expect(nextItem(items)?.ruleId).toBe(inEnrolment ? 'enrolment.window' : 'card.receipt-code');
      expect(find(items, 'card.receipt-code')?.status).toBe('due');
      // The card only after enrolment and payment are confirmed (H-4); the clinic right away (H-3).
      expect(find(items, 'card.enrolled')?.status).toBe('due');
      expect(find(items, 'card.apply')?.status).toBe('waiting');
      expect(find(items, 'clinic.bind')?.status).toBe('due');
    },
  );

  it('tells a first-year to use their own e-voucher until the card is activated, from the start', () => {
    // Bound to a 社康 now, the card weeks away: the e-voucher bridges the gap (UX review 3, M4).
    const before = find(timeline('2026-11-22', {}, [entrant]), 'card.e-voucher');
    expect(before).toMatchObject({ status: 'due', doneBy: 'own', link: '/card#e-voucher-heading' });
    expect(before?.sourceIds).toEqual(['seed-001', 'seed-003']);
    const active = buildCardApplication({
      submittedOn: '2026-11-03',
      pickedUpOn: '2026-11-20',
      activatedOn: '2026-11-20',
    });
    const after = find(timeline('2026-11-22', { cardApplications: [active] }, [entrant]), 'card.e-voucher');
    expect(after).toMatchObject({ status: 'done', doneOn: '2026-11-20' });
    // Shanghai has its own e-voucher step; this one is Shenzhen's.
    expect(find(timeline('2026-11-22', {}, [shanghaiStudent]), 'card.e-voucher')).toBeUndefined();
  });

  it('moves to the next step when one is done', () => {
    const today = '2026-11-22';
    const steps = (records: Partial<TimelineRecords>) =>
      timeline(today, records)
        .filter((i) => i.ruleId.startsWith('card.') || i.ruleId.startsWith('clinic.'))
        .map((i) => [i.stepId, i.status]);
    expect(steps({ receiptCodes: [buildReceiptCode()] })).toContainEqual(['card.apply', 'waiting']);
    const enrolled = [buildEnrolment({ year: 2026, confirmedOn: '2026-09-10' })];
    expect(steps({ receiptCodes: [buildReceiptCode()], enrolments: enrolled })).toContainEqual([
      'card.apply',
      'due',
    ]);
    // "My school enrolled me": a skip is enough.
    const skipped = [buildStepState({ stepId: 'card.enrolled', state: 'skipped', on: '2026-11-01' })];
    expect(steps({ receiptCodes: [buildReceiptCode()], todos: skipped })).toContainEqual([
      'card.apply',
      'due',
    ]);
    const submitted = buildCardApplication({ submittedOn: '2026-11-20' });
    expect(steps({ receiptCodes: [buildReceiptCode()], cardApplications: [submitted] })).toContainEqual([
      'card.collect',
      'upcoming',
    ]);
    const picked = buildCardApplication({ submittedOn: '2026-11-03', pickedUpOn: '2026-11-20' });
    expect(steps({ receiptCodes: [buildReceiptCode()], cardApplications: [picked] })).toContainEqual([
      'card.activate',
      'overdue',
    ]);
    const active = buildCardApplication({
      submittedOn: '2026-11-03',
      pickedUpOn: '2026-11-20',
      activatedOn: '2026-11-20',
    });
    expect(steps({ receiptCodes: [buildReceiptCode()], cardApplications: [active] })).toContainEqual([
      'clinic.bind',
      'due',
    ]);
  });

  it('dates collection by the channel: 12 working days for a bank window', () => {
    const items = timeline('2026-11-22', {
      receiptCodes: [buildReceiptCode()],
      cardApplications: [buildCardApplication({ submittedOn: '2026-11-20' })],
    });
    expect(find(items, 'card.collect')).toMatchObject({
      date: '2026-12-08',
      status: 'upcoming',
      estimated: true,
    });
    const ready = timeline('2026-12-08', {
      receiptCodes: [buildReceiptCode()],
      cardApplications: [buildCardApplication({ submittedOn: '2026-11-20' })],
    });
    expect(find(ready, 'card.collect')?.status).toBe('due');
  });

  it('a step marked done by hand (or skipped) is answered, and its dependents move on', () => {
    const items = timeline('2026-11-22', {
      todos: [buildStepState({ stepId: 'card.receipt-code', state: 'done', on: '2026-11-01' })],
    });
    expect(find(items, 'card.receipt-code')).toMatchObject({
      status: 'done',
      doneOn: '2026-11-01',
      answered: true,
    });
    expect(find(items, 'card.apply')?.status).toBe('waiting'); // still waits for the enrolment
    expect(find(items, 'card.enrolled')?.status).toBe('due');
    const skipped = timeline('2026-11-22', {
      todos: [
        buildStepState({
          stepId: 'card.receipt-code',
          state: 'skipped',
          on: '2026-11-01',
          reason: 'Have one',
        }),
      ],
    });
    expect(find(skipped, 'card.receipt-code')).toMatchObject({ status: 'skipped', skipReason: 'Have one' });
  });

  it('skips the card journey for a student with a working 少儿医保 card, and gives a passport holder only the not-covered step', () => {
    const childCard = timeline('2026-11-22', {}, [buildProfile({ hasWorkingChildCard: true })]);
    expect(childCard.some((i) => i.ruleId.startsWith('card.'))).toBe(false);
    expect(find(childCard, 'clinic.bind')?.status).toBe('due');
    const passport = buildProfile({ idType: 'passport', idNumber: 'E12345678', dateOfBirth: undefined });
    // Never "nothing pending" (UX review 2.1): one step that says they are not covered, and where to ask.
    const outside = timeline('2026-11-22', {}, [passport]);
    expect(outside.map((i) => [i.ruleId, i.status, i.link])).toEqual([
      ['scheme.not-covered', 'due', '/guides/not-covered'],
    ]);
    // …unless the school did enrol them (content audit M-9): then every step is theirs.
    const enrolled = buildProfile({ ...passport, enrolledBySchool: true });
    expect(find(timeline('2026-11-22', {}, [enrolled]), 'clinic.bind')?.status).toBe('due');
  });
});

describe('clinic binding lock', () => {
  it.each([
    ['2026-01-31', '2026-02-27', 'upcoming'],
    ['2026-01-31', '2026-02-28', 'done'],
    ['2024-01-31', '2024-02-28', 'upcoming'],
    ['2024-01-31', '2024-02-29', 'done'],
    ['2026-03-15', '2026-04-14', 'upcoming'],
  ])('bound %s: on %s the lock step is %s', (boundOn, today, status) => {
    const items = timeline(today, {
      clinicBindings: [buildClinicBinding({ boundOn })],
      todos: [buildStepState({ stepId: 'card.activate', on: boundOn })],
    });
    expect(find(items, 'clinic.locked')?.status).toBe(status);
  });
});

describe('the September enrolment window', () => {
  const entrant = buildProfile({ entryDate: '2026-09-01' });
  it.each(daysOf('2026-08-01', '2027-12-31'))('on %s, with nothing recorded by a 2026 entrant', (today) => {
    const items = timeline(today, {}, [entrant]).filter((i) => i.ruleId === 'enrolment.window');
    // The year in question is the latest whose window opened (never before entry): a missed window stays
    // overdue across 1 January until the next one opens (content re-audit R-1), and never hides the next.
    const year = compareIsoDates(today, '2027-09-01') >= 0 ? 2027 : 2026;
    const start = `${year}-09-01`;
    const end = `${year}-09-30`;
    const current = items.find((i) => i.stepId === `enrolment.window.${year}`)!;
    expect(current.window).toEqual({ start, end });
    const before = compareIsoDates(today, start) < 0;
    const inWindow = !before && compareIsoDates(today, end) <= 0;
    expect(current.status).toBe(before ? 'upcoming' : inWindow ? 'due' : 'overdue');
    expect(current.params.context).toBe(before ? 'ahead' : inWindow ? undefined : 'missed');
    expect(current.remindOn).toEqual([addDays(start, -14), addDays(end, -3)]);
    // Once missed, next year's window shows too, with its own dates (not the heads-up days).
    const next = items.find((i) => i.stepId === `enrolment.window.${year + 1}`);
    if (current.status === 'overdue')
      expect(next).toMatchObject({
        status: 'upcoming',
        window: { start: `${year + 1}-09-01`, end: `${year + 1}-09-30` },
        estimated: true,
      });
    else expect(next).toBeUndefined();
    expect(items.length).toBe(current.status === 'overdue' ? 2 : 1);
  });

  it.each([
    ['confirmed', { enrolments: [buildEnrolment({ year: 2026, confirmedOn: '2026-09-10' })] }],
    ['answered done', { todos: [buildStepState({ stepId: 'enrolment.window.2026', on: '2026-10-02' })] }],
    [
      'skipped (my school enrolled me)',
      { todos: [buildStepState({ stepId: 'enrolment.window.2026', state: 'skipped', on: '2026-10-02' })] },
    ],
  ])('once this year is %s, after the window the next year comes up', (_how, records) => {
    for (const [today, year] of [
      ['2026-09-30', 2026],
      ['2026-10-01', 2027],
    ] as const) {
      const window = timeline(today, records).find((i) => i.ruleId === 'enrolment.window')!;
      expect(window.stepId).toBe(`enrolment.window.${year}`);
    }
  });

  it('a continuing student who missed 2026 is still told on 1 January 2027, and until 2027’s window opens', () => {
    const records = {
      enrolments: [buildEnrolment({ year: 2025, confirmedOn: '2025-09-10' })],
      cardApplications: [buildCardApplication({ pickedUpOn: '2025-10-10', activatedOn: '2025-10-10' })],
    };
    for (const today of ['2026-12-31', '2027-01-01', '2027-06-30', '2027-08-31']) {
      const items = timeline(today, records);
      expect(find(items, 'enrolment.window.2026')).toMatchObject({ status: 'overdue' });
      expect(nextItem(items)?.stepId).toBe('enrolment.window.2026');
    }
    // Next year's window opens: the missed one gives way to it.
    const september = timeline('2027-09-01', records);
    expect(find(september, 'enrolment.window.2026')).toBeUndefined();
    expect(find(september, 'enrolment.window.2027')).toMatchObject({ status: 'due' });
    // "Not enrolling this year" (a skip) is an answer: no nagging, next year's window comes up.
    const skipped = timeline('2027-01-01', {
      ...records,
      todos: [buildStepState({ stepId: 'enrolment.window.2026', state: 'skipped', on: '2026-10-02' })],
    });
    expect(skipped.filter((i) => i.status === 'overdue')).toEqual([]);
    expect(find(skipped, 'enrolment.window.2027')).toMatchObject({ status: 'upcoming' });
  });

  it('an unconfirmed record for this year shows as overdue after the window, not next year', () => {
    const items = timeline('2026-10-10', { enrolments: [buildEnrolment({ year: 2026 })] });
    expect(items.find((i) => i.ruleId === 'enrolment.window')).toMatchObject({
      stepId: 'enrolment.window.2026',
      status: 'overdue',
    });
  });

  it("uses the year's own window from the notice", () => {
    const items = timeline(
      '2026-09-03',
      { enrolments: [buildEnrolment({ year: 2026, windowStart: '2026-09-05', windowEnd: '2026-10-08' })] },
      [buildProfile({ entryDate: '2026-09-01' })],
    );
    expect(items.find((i) => i.ruleId === 'enrolment.window')).toMatchObject({
      status: 'upcoming',
      estimated: false,
      remindOn: ['2026-08-22', '2026-10-05'],
    });
  });
});

describe('异地就医备案 validity', () => {
  const referral = buildFiling({ type: 'referral', startDate: '2026-03-01', status: 'approved' });
  it.each([
    ['2026-11-22', 'upcoming'],
    ['2027-01-28', 'upcoming'],
    ['2027-01-29', 'due'],
    ['2027-02-28', 'due'],
    ['2027-03-01', 'overdue'],
    ['2027-05-01', undefined],
  ])('a referral from 2026-03-01 on %s: %s', (today, status) => {
    const item = timeline(today, { filings: [referral] }).find((i) => i.ruleId === 'filing.valid-until');
    expect(item?.status).toBe(status);
    if (item) expect(item).toMatchObject({ date: '2027-02-28', remindOn: ['2027-01-29', '2027-02-21'] });
  });

  it('has no end for temporary travel, and ignores cancelled filings', () => {
    expect(
      timeline('2026-11-22', { filings: [buildFiling()] }).some((i) => i.ruleId === 'filing.valid-until'),
    ).toBe(false);
    const cancelled = buildFiling({ type: 'referral', status: 'cancelled' });
    expect(
      timeline('2026-11-22', { filings: [cancelled] }).some((i) => i.ruleId === 'filing.valid-until'),
    ).toBe(false);
  });
});

describe('Shanghai freshmen', () => {
  it.each([
    [
      '2026-09-05',
      {},
      [
        ['shanghai.confirm', 'due'],
        ['shanghai.account', 'waiting'],
        ['shanghai.e-voucher', 'waiting'],
      ],
    ],
    ['2026-11-01', {}, [['shanghai.confirm', 'overdue']]],
    [
      '2026-09-10',
      { confirmedOn: '2026-09-10', accountResult: undefined },
      [
        ['shanghai.confirm', 'done'],
        ['shanghai.account', 'due'],
        ['shanghai.e-voucher', 'waiting'],
      ],
    ],
    [
      '2026-09-10',
      { confirmedOn: '2026-09-10', accountResult: 'success' },
      [
        ['shanghai.account', 'done'],
        ['shanghai.e-voucher', 'upcoming'],
      ],
    ],
    [
      '2026-09-11',
      { confirmedOn: '2026-09-10', accountResult: 'success' },
      [
        ['shanghai.e-voucher', 'due'],
        ['shanghai.cover-ends', 'upcoming'],
        ['shanghai.payment.2026', 'upcoming'],
      ],
    ],
    [
      '2026-11-22',
      { confirmedOn: '2026-09-10', accountResult: 'success' },
      [['shanghai.payment.2026', 'due']],
    ],
    [
      '2026-12-06',
      { confirmedOn: '2026-09-10', accountResult: 'success' },
      [['shanghai.payment.2026', 'overdue']],
    ],
    ['2027-01-01', { confirmedOn: '2026-09-10' }, [['shanghai.cover-ends', 'done']]],
  ] as const)('on %s with %o', (today, record, expected) => {
    const shanghaiEnrolments = Object.keys(record).length > 0 ? [buildShanghaiEnrolment(record)] : [];
    const items = timeline(today, { shanghaiEnrolments }, [shanghaiStudent]);
    for (const [stepId, status] of expected)
      expect([stepId, find(items, stepId)?.status]).toEqual([stepId, status]);
    expect(items.some((i) => i.ruleId.startsWith('card.'))).toBe(false);
  });
});

// content audit H-7
describe("Shanghai's central payment, every year", () => {
  const entrant2025 = buildProfile({ id: 'sh-25', city: 'shanghai', entryDate: '2025-09-01' });
  const paid2025 = { payments: [{ year: 2025, paidOn: '2025-11-20' }] };
  const all = (today: IsoDate, record: Record<string, unknown> = {}, todos: TimelineRecords['todos'] = []) =>
    timeline(
      today,
      {
        shanghaiEnrolments: [
          buildShanghaiEnrolment({
            profileId: 'sh-25',
            entryYear: 2025,
            confirmedOn: '2025-09-10',
            ...record,
          }),
        ],
        todos,
      },
      [entrant2025],
    ).filter((i) => i.ruleId === 'shanghai.payment');
  /** The first payment item on the to-do. */
  const payment = (...args: Parameters<typeof all>) => all(...args)[0]!;

  it('a second-year student gets this year’s payment, from the usual dates marked estimated, reminded when it opens', () => {
    expect(payment('2026-11-29', paid2025)).toMatchObject({
      stepId: 'shanghai.payment.2026',
      status: 'due',
      window: { start: '2026-11-14', end: '2026-12-05' },
      estimated: true,
      remindOn: ['2026-11-07', '2026-11-14'],
      params: { year: 2027 },
    });
    // Not the first year: no claw-back of a free entry year in its words (content re-audit R-6).
    expect(payment('2026-11-29', paid2025).params.context).toBeUndefined();
    expect(payment('2026-12-05', paid2025).status).toBe('due');
    expect(payment('2026-12-06', paid2025)).toMatchObject({
      status: 'overdue',
      params: { context: 'missed' },
    });
  });

  // content re-audit R-3
  it('recording this year’s payment never makes last year’s overdue', () => {
    const both = { payments: [...paid2025.payments, { year: 2026, paidOn: '2026-11-20' }] };
    for (const today of ['2026-11-20', '2026-12-06', '2026-12-31', '2027-06-01']) {
      const items = all(today, both);
      expect(items.filter((i) => i.status === 'overdue')).toEqual([]);
    }
    expect(all('2026-12-01', both)).toMatchObject([{ stepId: 'shanghai.payment.2026', status: 'done' }]);
    expect(all('2027-01-01', both)).toMatchObject([{ stepId: 'shanghai.payment.2027', status: 'upcoming' }]);
  });

  // content re-audit R-4
  it('a missed period stays overdue until the next opens, and never hides it', () => {
    // Missed 2026: overdue across 1 January, with the 2027 period shown beside it on its own dates.
    for (const today of ['2026-12-06', '2027-01-01', '2027-09-01', '2027-11-13']) {
      const items = all(today, paid2025);
      expect(items.map((i) => [i.stepId, i.status])).toEqual([
        ['shanghai.payment.2026', 'overdue'],
        ['shanghai.payment.2027', 'upcoming'],
      ]);
      expect(items[1]!.window).toEqual({ start: '2027-11-14', end: '2027-12-05' });
      expect(items[1]!.remindOn).toEqual(['2027-11-07', '2027-11-14']);
    }
    // The 2027 period opens: the missed one gives way to it.
    expect(all('2027-11-14', paid2025).map((i) => [i.stepId, i.status])).toEqual([
      ['shanghai.payment.2027', 'due'],
    ]);
  });

  it('the entry year’s payment speaks of the free first year; missed, it says to ask the school today', () => {
    const freshman = buildProfile({ id: 'sh-26', city: 'shanghai', entryDate: '2026-09-01' });
    const items = (today: IsoDate) =>
      timeline(today, {}, [freshman]).filter((i) => i.ruleId === 'shanghai.payment');
    expect(items('2026-11-20')[0]).toMatchObject({ status: 'due', params: { context: 'first' } });
    expect(items('2026-12-07')[0]).toMatchObject({ status: 'overdue', params: { context: 'missedFirst' } });
  });

  it('last year’s unpaid payment stays overdue until paid or answered', () => {
    expect(payment('2026-03-01')).toMatchObject({ stepId: 'shanghai.payment.2025', status: 'overdue' });
    const answered = [
      buildStepState({ profileId: 'sh-25', stepId: 'shanghai.payment.2025', on: '2025-12-01' }),
    ];
    expect(payment('2026-03-01', {}, answered)).toMatchObject({
      stepId: 'shanghai.payment.2026',
      status: 'upcoming',
    });
  });

  it("uses the school's own dates where they are entered for that year", () => {
    const own = {
      payments: [
        { year: 2025, paidOn: '2025-11-20' },
        { year: 2026, windowStart: '2026-11-20', windowEnd: '2026-11-30' },
      ],
    };
    expect(payment('2026-11-29', own)).toMatchObject({
      window: { start: '2026-11-20', end: '2026-11-30' },
      estimated: false,
      remindOn: ['2026-11-23', '2026-11-29'],
    });
  });
});

// content audit M-15, M-5
describe('Shanghai deadlines, on both sides', () => {
  const sh = (today: IsoDate, record: Record<string, unknown> = {}, profile = shanghaiStudent) =>
    timeline(
      today,
      {
        shanghaiEnrolments: Object.keys(record).length
          ? [buildShanghaiEnrolment({ profileId: profile.id, ...record })]
          : [],
      },
      [profile],
    );
  it.each([
    ['2026-08-31', 'upcoming'],
    ['2026-09-01', 'due'],
    ['2026-10-31', 'due'],
    ['2026-11-01', 'overdue'],
  ])('confirming from early September to 31 October (M-10): on %s it is %s', (today, status) => {
    expect(find(sh(today), 'shanghai.confirm')).toMatchObject({ date: '2026-10-31', status });
  });

  it('the school’s own confirmation deadline wins over 31 October, and only the seed’s is an estimate', () => {
    expect(find(sh('2026-10-20'), 'shanghai.confirm')).toMatchObject({ date: '2026-10-31', estimated: true });
    const own = sh('2026-10-20', { confirmedOn: undefined, confirmBy: '2026-10-15' });
    expect(find(own, 'shanghai.confirm')).toMatchObject({
      date: '2026-10-15',
      estimated: false,
      status: 'overdue',
    });
  });

  it.each([
    ['2026-12-30', 'upcoming'],
    ['2026-12-31', 'done'],
  ])('the free cover ends on 31 December: on %s the step is %s', (today, status) => {
    expect(find(sh(today, { confirmedOn: '2026-09-10' }), 'shanghai.cover-ends')).toMatchObject({
      date: '2026-12-31',
      status,
    });
  });

  it('the e-voucher opens the day after the set-up succeeded, estimated from confirming until that is known', () => {
    expect(find(sh('2026-09-11', { confirmedOn: '2026-09-10' }), 'shanghai.e-voucher')).toMatchObject({
      date: '2026-09-11',
      estimated: true,
    });
    const known = { confirmedOn: '2026-09-10', accountResult: 'success', accountCheckedOn: '2026-09-13' };
    expect(find(sh('2026-09-13', known), 'shanghai.e-voucher')).toMatchObject({
      date: '2026-09-14',
      estimated: false,
      status: 'upcoming',
    });
    expect(find(sh('2026-09-14', known), 'shanghai.e-voucher')?.status).toBe('due');
  });

  it('gives holders of Hong Kong, Macao or Taiwan documents no e-voucher step', () => {
    const hk = buildProfile({
      id: 'hk',
      city: 'shanghai',
      idType: 'hk-macao-permit',
      idNumber: 'H12345678',
      dateOfBirth: undefined,
      entryDate: '2026-09-01',
    });
    const items = sh('2026-09-20', { confirmedOn: '2026-09-10' }, hk);
    expect(find(items, 'shanghai.confirm')).toBeDefined();
    expect(find(items, 'shanghai.e-voucher')).toBeUndefined();
  });
});

describe('custom to-dos', () => {
  it('are dated, overdue after their date, and done when ticked', () => {
    expect(find(timeline('2026-12-02', { todos: [buildCustomTodo()] }), 'custom.todo-1')).toMatchObject({
      status: 'overdue',
      title: 'Ask the school clinic about the referral',
    });
    expect(
      find(timeline('2026-12-02', { todos: [buildCustomTodo({ doneOn: '2026-11-30' })] }), 'custom.todo-1')
        ?.status,
    ).toBe('done');
  });
});

// ---- Properties over any records and any today ----

const dates = fc
  .integer({ min: toDayNumber('2024-01-01'), max: toDayNumber('2028-12-31') })
  .map(fromDayNumber);
const optionalDate = fc.option(dates, { nil: undefined });
const profileIds = ['profile-1', 'profile-2', 'profile-3'] as const;
const profilesArb = fc.constant([
  student,
  shanghaiStudent,
  buildProfile({ id: 'profile-3', name: '李小宝', hasWorkingChildCard: true }),
]);

const recordsArb = fc.record({
  receiptCodes: fc
    .array(fc.record({ profileId: fc.constantFrom(...profileIds), obtainedOn: optionalDate }), {
      maxLength: 3,
    })
    .map((list) => list.map((r, i) => buildReceiptCode({ ...r, id: `code-${i}` }))),
  cardApplications: fc.array(
    fc
      .record({
        profileId: fc.constantFrom(...profileIds),
        channel: fc.constantFrom('bank-online', 'bank-window', 'instant-issue'),
        dates: fc.tuple(optionalDate, optionalDate, optionalDate),
      })
      .map(({ profileId, channel, dates: picked }) => {
        // Submitted, picked up and activated in that order, each only when the one before is set.
        const [submittedOn, pickedUpOn, activatedOn] = picked.filter((d) => d !== undefined).sort();
        return buildCardApplication({
          id: `card-${profileId}`,
          profileId,
          channel,
          submittedOn,
          pickedUpOn,
          activatedOn,
        });
      }),
    { maxLength: 3 },
  ),
  clinicBindings: fc.array(
    fc
      .record({ profileId: fc.constantFrom(...profileIds), boundOn: dates })
      .map((r) => buildClinicBinding(r)),
    { maxLength: 3 },
  ),
  enrolments: fc.array(
    fc
      .record({
        profileId: fc.constantFrom(...profileIds),
        year: fc.integer({ min: 2024, max: 2028 }),
        confirmedOn: optionalDate,
      })
      .map((r) => buildEnrolment(r)),
    { maxLength: 3 },
  ),
  filings: fc.uniqueArray(
    fc
      .record({
        id: fc.constantFrom('f-1', 'f-2', 'f-3'),
        profileId: fc.constantFrom(...profileIds),
        type: fc.constantFrom('temporary-travel', 'referral', 'long-term-residence'),
        startDate: dates,
        status: fc.constantFrom('draft', 'submitted', 'approved', 'cancelled'),
      })
      .map((r) => buildFiling(r)),
    { maxLength: 3, selector: (f) => f.id },
  ),
  shanghaiEnrolments: fc.array(
    fc
      .record({ confirmedOn: optionalDate, accountResult: fc.constantFrom(undefined, 'pending', 'success') })
      .map((r) => buildShanghaiEnrolment({ ...r, eVoucherActivatedOn: undefined })),
    { maxLength: 1 },
  ),
  todos: fc
    .array(
      fc.oneof(
        fc
          .record({
            profileId: fc.constantFrom(...profileIds),
            stepId: fc.constantFrom('card.receipt-code', 'card.apply', 'clinic.bind', 'shanghai.confirm'),
            state: fc.constantFrom('done', 'skipped'),
            on: dates,
          })
          .map((r) => ({ kind: 'step' as const, ...r })),
        fc
          .record({ profileId: fc.constantFrom(...profileIds), dueOn: optionalDate, doneOn: optionalDate })
          .map((r) => ({ kind: 'custom' as const, ...r })),
      ),
      { maxLength: 6 },
    )
    .map((list) =>
      list.map(({ kind, ...r }, i) =>
        kind === 'step'
          ? buildStepState({ ...r, id: `step-${i}` })
          : buildCustomTodo({ ...r, id: `todo-${i}` }),
      ),
    ),
});

describe('timeline properties (any records, any today)', () => {
  it('items are sorted, dependencies come first, and nothing is both done and overdue', () => {
    fc.assert(
      fc.property(profilesArb, recordsArb, dates, (profiles, records, today) => {
        const items = buildTimeline({
          profiles,
          records,
          rules: TIMELINE_RULES,
          today,
          calendar: chinaWorkingDays,
          onScheduleError: failOnScheduleError,
        });
        const position = new Map(items.map((item, index) => [item.key, index]));
        expect(new Set(position.keys()).size).toBe(items.length);
        items.forEach((item, index) => {
          if (index > 0)
            expect(compareIsoDates(items[index - 1]!.sortDate, item.sortDate)).toBeLessThanOrEqual(0);
          for (const dependency of item.dependsOn) expect(position.get(dependency)).toBeLessThan(index);
          if (item.status === 'overdue') expect(item.doneOn).toBeUndefined();
          if (item.status === 'waiting')
            expect(
              item.dependsOn.some((d) => !['done', 'skipped'].includes(items[position.get(d)!]!.status)),
            ).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('is the same worked out one person at a time and merged', () => {
    fc.assert(
      fc.property(profilesArb, recordsArb, dates, (profiles, records, today) => {
        const input = { rules: TIMELINE_RULES, today, calendar: chinaWorkingDays };
        const whole = buildTimeline({ ...input, profiles, records, onScheduleError: failOnScheduleError });
        const mine = recordsByPerson(profiles, records);
        const each = profiles.map((profile) =>
          buildTimeline({
            ...input,
            profiles: [profile],
            records: mine.get(profile.id)!,
            onScheduleError: failOnScheduleError,
          }),
        );
        expect(mergeTimelines(each)).toEqual(whole);
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same output for the same input', () => {
    fc.assert(
      fc.property(profilesArb, recordsArb, dates, (profiles, records, today) => {
        const first = buildTimeline({
          profiles,
          records,
          rules: TIMELINE_RULES,
          today,
          calendar: chinaWorkingDays,
          onScheduleError: failOnScheduleError,
        });
        const copy = structuredClone({ profiles, records, today });
        expect(
          buildTimeline({
            ...copy,
            rules: TIMELINE_RULES,
            calendar: chinaWorkingDays,
            onScheduleError: failOnScheduleError,
          }),
        ).toEqual(first);
      }),
      { numRuns: 100 },
    );
  });
});

describe('a rule that fails', () => {
  it('never takes a date the app does not accept into its arithmetic (stored before dates were bounded)', () => {
    const items = timeline('2026-11-22', {
      receiptCodes: [buildReceiptCode()],
      cardApplications: [{ ...buildCardApplication(), submittedOn: '9999-12-20' }],
      filings: [{ ...buildFiling({ type: 'referral' }), startDate: '9999-12-31' }],
    });
    expect(find(items, 'card.collect')?.date).toBeUndefined();
    expect(items.filter((item) => item.ruleId === 'filing.valid-until')).toEqual([]);
  });

  it('becomes one undated item that says so, in general words, and the rest of the timeline stays', () => {
    // Holiday data that cannot answer: the card's working-day count fails, nothing else needs it.
    const broken: WorkingDayCalendar = {
      ...chinaWorkingDays,
      isWorkingDay: () => {
        throw new Error('broken holiday data');
      },
    };
    const records = { receiptCodes: [buildReceiptCode()], cardApplications: [buildCardApplication()] };
    const input = { profiles: [student], rules: TIMELINE_RULES, today: '2026-11-22' };
    const reported = vi.fn();
    const items = buildTimeline({
      ...input,
      records: { ...NO_RECORDS, ...records },
      calendar: broken,
      onScheduleError: reported,
    });
    const fine = buildTimeline({
      ...input,
      records: { ...NO_RECORDS, ...records },
      calendar: chinaWorkingDays,
      onScheduleError: failOnScheduleError,
    });

    const unworkable = items.filter((item) => item.dateProblem);
    expect(unworkable.map((item) => item.ruleId)).toEqual(['card.collect']);
    expect(unworkable[0]).toMatchObject({
      titleKey: 'timeline:dateProblem.title',
      detailKey: 'timeline:dateProblem.detail',
      link: '/checklist', // where this step is done
    });
    expect(unworkable[0]!.date).toBeUndefined();
    for (const item of fine.filter((i) => i.ruleId !== 'card.collect' && !i.dependsOn.length)) {
      expect(items.find((other) => other.key === item.key)).toEqual(item);
    }
    // Not swallowed: the error itself goes to the caller, once, with the step and person it was for.
    expect(reported).toHaveBeenCalledTimes(1);
    expect(reported).toHaveBeenCalledWith(new Error('broken holiday data'), {
      ruleId: 'card.collect',
      profileId: student.id,
    });
  });

  it('reports a schedule with a bug of its own, and shows the step as one that could not be worked out', () => {
    // A new rule whose schedule has a bug (reading a field of a record that is not there).
    const buggy = {
      ...TIMELINE_RULES.find((rule) => rule.id === 'clinic.bind')!,
      id: 'clinic.buggy',
      schedule: () => {
        const none = undefined as unknown as { boundOn: string };
        return [{ meaning: 'from' as const, date: none.boundOn }];
      },
    };
    const reported = vi.fn();
    const items = buildTimeline({
      profiles: [student],
      records: NO_RECORDS,
      rules: [...TIMELINE_RULES, buggy],
      today: '2026-11-22',
      calendar: chinaWorkingDays,
      onScheduleError: reported,
    });
    expect(reported).toHaveBeenCalledWith(expect.any(TypeError), {
      ruleId: 'clinic.buggy',
      profileId: student.id,
    });
    expect(items.filter((item) => item.dateProblem).map((item) => item.ruleId)).toEqual(['clinic.buggy']);
    expect(items.filter((item) => !item.dateProblem).map((item) => item.ruleId)).toEqual(
      timeline('2026-11-22').map((item) => item.ruleId),
    );
  });
});
