import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildCardApplication,
  buildClinicBinding,
  buildEnrolment,
  buildFiling,
  buildProfile,
  buildReceiptCode,
  buildShanghaiEnrolment,
  buildStepState,
  calendarWithDataUpTo,
  NO_TIMELINE_RECORDS,
  failOnScheduleError,
} from '../../../tests/builders';
import { translator } from '../../../tests/render';
import { addDays, compareIsoDates, type IsoDate } from '../dates/iso-date';
import type { Profile } from '../profile/schema';
import type { Language } from '../settings/languages';
import { buildTimeline, nextItem } from './build-timeline';
import { TIMELINE_RULES } from './rules';
import type { TimelineItem, TimelineRecords } from './types';

/**
 * A year and more with the clock moving forward a day at a time (2026-09-01 … 2027-12-31), for five people
 * who each live through it differently: every deadline that applies to them is on the to-do before it falls
 * due, stays there (overdue once passed) until they answer it, and is said in zh, en and es. The calendar
 * has holiday data up to 2026 only, as today, so 2027's dates come from the statutory estimate.
 */
const FIRST: IsoDate = '2026-09-01';
const LAST: IsoDate = '2027-12-31';
const days: IsoDate[] = [];
for (let d = FIRST; compareIsoDates(d, LAST) <= 0; d = addDays(d, 1)) days.push(d);
const calendar = calendarWithDataUpTo(2026);

type Table = keyof TimelineRecords;
/** A record as it stands from a day on (a later entry with the same id replaces it). */
interface Event {
  on: IsoDate;
  table: Table;
  record: { id: string } & Record<string, unknown>;
}
/** A deadline the person must never lose sight of. */
interface Deadline {
  stepId: string;
  /** From this day it must be on the to-do (a window's heads-up, or the day the record appears). */
  shownFrom: IsoDate;
  /** The last day it can be met: after it, the item is overdue until answered. */
  dueBy: IsoDate;
  /** The day the person answers it (done, paid, skipped): from then it is no longer open. */
  answeredOn?: IsoDate;
  /** The day it gives way to the next one (next year's window opens), if never answered. */
  givesWayOn?: IsoDate;
}
interface Person {
  name: string;
  language: Language;
  profile: Profile;
  events: Event[];
  deadlines: Deadline[];
}

function recordsOn(person: Person, day: IsoDate): TimelineRecords {
  const latest = new Map<string, Event>();
  for (const event of person.events)
    if (compareIsoDates(event.on, day) <= 0) latest.set(`${event.table}/${event.record.id}`, event);
  const records: Record<Table, unknown[]> = { ...NO_TIMELINE_RECORDS } as Record<Table, unknown[]>;
  for (const table of Object.keys(NO_TIMELINE_RECORDS) as Table[]) records[table] = [];
  for (const event of latest.values()) records[event.table].push(event.record);
  return records as unknown as TimelineRecords;
}

const timelineOn = (person: Person, day: IsoDate) =>
  buildTimeline({
    profiles: [person.profile],
    records: recordsOn(person, day),
    rules: TIMELINE_RULES,
    today: day,
    calendar,
    onScheduleError: failOnScheduleError,
  });

const own = (profileId: string) => ({ profileId });

// 1. A Shenzhen first-year who follows the app, step by step, and re-enrols in September 2027.
const follower = buildProfile({ id: 'p-follow', name: '李明', entryDate: '2026-09-01' });
const followerPerson: Person = {
  name: 'a Shenzhen first-year who follows the app',
  language: 'zh',
  profile: follower,
  events: [
    {
      on: '2026-09-06',
      table: 'receiptCodes',
      record: buildReceiptCode({ id: 'rc', ...own('p-follow'), obtainedOn: '2026-09-06' }),
    },
    {
      on: '2026-09-08',
      table: 'clinicBindings',
      record: buildClinicBinding({ id: 'cb', ...own('p-follow'), boundOn: '2026-09-08' }),
    },
    {
      on: '2026-09-10',
      table: 'enrolments',
      record: buildEnrolment({ id: 'en26', ...own('p-follow'), year: 2026, confirmedOn: '2026-09-10' }),
    },
    {
      on: '2026-09-14',
      table: 'cardApplications',
      record: buildCardApplication({
        id: 'ca',
        ...own('p-follow'),
        channel: 'bank-window',
        submittedOn: '2026-09-14',
      }),
    },
    {
      on: '2026-10-09',
      table: 'cardApplications',
      record: buildCardApplication({
        id: 'ca',
        ...own('p-follow'),
        channel: 'bank-window',
        submittedOn: '2026-09-14',
        pickedUpOn: '2026-10-09',
      }),
    },
    {
      on: '2026-10-12',
      table: 'cardApplications',
      record: buildCardApplication({
        id: 'ca',
        ...own('p-follow'),
        channel: 'bank-window',
        submittedOn: '2026-09-14',
        pickedUpOn: '2026-10-09',
        activatedOn: '2026-10-12',
      }),
    },
    {
      on: '2027-09-03',
      table: 'enrolments',
      record: buildEnrolment({ id: 'en27', ...own('p-follow'), year: 2027, confirmedOn: '2027-09-03' }),
    },
  ],
  deadlines: [
    { stepId: 'enrolment.window.2026', shownFrom: FIRST, dueBy: '2026-09-30', answeredOn: '2026-09-10' },
    { stepId: 'card.activate', shownFrom: '2026-10-09', dueBy: '2026-10-09', answeredOn: '2026-10-12' },
    // Next year's window: shown ahead (upcoming, on its own dates) once this year's is over.
    {
      stepId: 'enrolment.window.2027',
      shownFrom: '2026-10-01',
      dueBy: '2027-09-30',
      answeredOn: '2027-09-03',
    },
    { stepId: 'enrolment.window.2028', shownFrom: '2027-10-01', dueBy: '2028-09-30' },
  ],
};

// 2. A Shanghai 2026 freshman: confirms, sets up the account and e-voucher, pays both central periods.
const freshman = buildProfile({ id: 'p-sh', name: '王芳', city: 'shanghai', entryDate: '2026-09-01' });
const shanghai = (extra: Record<string, unknown>) =>
  buildShanghaiEnrolment({ id: 'sh', ...own('p-sh'), entryYear: 2026, ...extra });
const freshmanPerson: Person = {
  name: 'a Shanghai 2026 freshman',
  language: 'en',
  profile: freshman,
  events: [
    {
      on: '2026-09-20',
      table: 'shanghaiEnrolments',
      record: shanghai({
        confirmedOn: '2026-09-20',
        accountResult: 'success',
        accountCheckedOn: '2026-09-20',
      }),
    },
    {
      on: '2026-09-22',
      table: 'shanghaiEnrolments',
      record: shanghai({
        confirmedOn: '2026-09-20',
        accountResult: 'success',
        accountCheckedOn: '2026-09-20',
        eVoucherActivatedOn: '2026-09-22',
      }),
    },
    {
      on: '2026-11-20',
      table: 'shanghaiEnrolments',
      record: shanghai({
        confirmedOn: '2026-09-20',
        accountResult: 'success',
        accountCheckedOn: '2026-09-20',
        eVoucherActivatedOn: '2026-09-22',
        payments: [{ year: 2026, paidOn: '2026-11-20' }],
      }),
    },
    {
      on: '2027-11-25',
      table: 'shanghaiEnrolments',
      record: shanghai({
        confirmedOn: '2026-09-20',
        accountResult: 'success',
        accountCheckedOn: '2026-09-20',
        eVoucherActivatedOn: '2026-09-22',
        payments: [
          { year: 2026, paidOn: '2026-11-20' },
          { year: 2027, paidOn: '2027-11-25' },
        ],
      }),
    },
  ],
  deadlines: [
    { stepId: 'shanghai.confirm', shownFrom: FIRST, dueBy: '2026-10-31', answeredOn: '2026-09-20' },
    { stepId: 'shanghai.payment.2026', shownFrom: FIRST, dueBy: '2026-12-05', answeredOn: '2026-11-20' },
    {
      stepId: 'shanghai.payment.2027',
      shownFrom: '2026-12-06',
      dueBy: '2027-12-05',
      answeredOn: '2027-11-25',
    },
  ],
};

// 3. A Shenzhen student going home to Hunan for the winter: a draft filing left as the form gives it, then
//    submitted and approved before the trip.
const traveller = buildProfile({ id: 'p-trip', name: '张伟', entryDate: '2025-09-01' });
const trip = (extra: Record<string, unknown>) =>
  buildFiling({
    id: 'F-HN',
    ...own('p-trip'),
    type: 'temporary-travel',
    destinationProvince: '湖南省',
    destinationCity: '长沙市',
    startDate: '2027-01-10',
    status: 'draft',
    ...extra,
  });
const travellerPerson: Person = {
  name: 'a Shenzhen student going home to Hunan for the winter',
  language: 'zh',
  profile: traveller,
  events: [
    { on: '2025-09-01', table: 'receiptCodes', record: buildReceiptCode({ id: 'rc', ...own('p-trip') }) },
    {
      on: '2025-09-05',
      table: 'enrolments',
      record: buildEnrolment({ id: 'en25', ...own('p-trip'), year: 2025, confirmedOn: '2025-09-05' }),
    },
    {
      on: '2025-10-01',
      table: 'cardApplications',
      record: buildCardApplication({
        id: 'ca',
        ...own('p-trip'),
        pickedUpOn: '2025-10-10',
        activatedOn: '2025-10-10',
      }),
    },
    {
      on: '2025-10-01',
      table: 'clinicBindings',
      record: buildClinicBinding({ id: 'cb', ...own('p-trip'), boundOn: '2025-10-01' }),
    },
    {
      on: '2026-09-08',
      table: 'enrolments',
      record: buildEnrolment({ id: 'en26', ...own('p-trip'), year: 2026, confirmedOn: '2026-09-08' }),
    },
    { on: '2026-12-27', table: 'filings', record: trip({}) },
    { on: '2027-01-03', table: 'filings', record: trip({ status: 'submitted', submittedOn: '2027-01-03' }) },
    { on: '2027-01-06', table: 'filings', record: trip({ status: 'approved', submittedOn: '2027-01-03' }) },
    {
      on: '2027-09-20',
      table: 'enrolments',
      record: buildEnrolment({ id: 'en27', ...own('p-trip'), year: 2027, confirmedOn: '2027-09-20' }),
    },
  ],
  deadlines: [
    { stepId: 'enrolment.window.2026', shownFrom: FIRST, dueBy: '2026-09-30', answeredOn: '2026-09-08' },
    { stepId: 'filing.submit.f-hn', shownFrom: '2026-12-27', dueBy: '2027-01-10', answeredOn: '2027-01-03' },
    {
      stepId: 'filing.check-result.f-hn',
      shownFrom: '2027-01-03',
      dueBy: '2027-01-10',
      answeredOn: '2027-01-06',
    },
    {
      stepId: 'enrolment.window.2027',
      shownFrom: '2026-10-01',
      dueBy: '2027-09-30',
      answeredOn: '2027-09-20',
    },
  ],
};

// 4. A continuing student who stops opening the app in September 2026 and answers nothing again.
const absent = buildProfile({ id: 'p-gone', name: 'Chen Jing', entryDate: '2025-09-01' });
const absentPerson: Person = {
  name: 'a student who stops opening the app in September',
  language: 'en',
  profile: absent,
  events: [
    {
      on: '2025-09-05',
      table: 'enrolments',
      record: buildEnrolment({ id: 'en25', ...own('p-gone'), year: 2025, confirmedOn: '2025-09-05' }),
    },
    { on: '2025-10-01', table: 'receiptCodes', record: buildReceiptCode({ id: 'rc', ...own('p-gone') }) },
  ],
  deadlines: [
    // Missed: overdue across 1 January until the next window opens (content re-audit R-1).
    { stepId: 'enrolment.window.2026', shownFrom: FIRST, dueBy: '2026-09-30', givesWayOn: '2027-09-01' },
    {
      stepId: 'enrolment.window.2027',
      shownFrom: '2026-10-01',
      dueBy: '2027-09-30',
      givesWayOn: '2028-09-01',
    },
  ],
};

// 5. A Spanish-speaking parent who keeps a Shenzhen student's records: the student does not enrol in 2026
//    ("not enrolling this year", a skip), then enrols in 2027.
const child = buildProfile({ id: 'p-kid', name: 'Pablo', entryDate: '2026-09-01' });
const parentPerson: Person = {
  name: 'a Spanish-speaking parent keeping a Shenzhen student’s records',
  language: 'es',
  profile: child,
  events: [
    {
      on: '2026-10-05',
      table: 'todos',
      record: buildStepState({
        id: 'st26',
        ...own('p-kid'),
        stepId: 'enrolment.window.2026',
        state: 'skipped',
        on: '2026-10-05',
        reason: 'No se inscribe este año',
      }),
    },
    {
      on: '2027-09-12',
      table: 'enrolments',
      record: buildEnrolment({ id: 'en27', ...own('p-kid'), year: 2027, confirmedOn: '2027-09-12' }),
    },
  ],
  deadlines: [
    { stepId: 'enrolment.window.2026', shownFrom: FIRST, dueBy: '2026-09-30', answeredOn: '2026-10-05' },
    {
      stepId: 'enrolment.window.2027',
      shownFrom: '2026-10-01',
      dueBy: '2027-09-30',
      answeredOn: '2027-09-12',
    },
  ],
};

const people = [followerPerson, freshmanPerson, travellerPerson, absentPerson, parentPerson];
const open = (item: TimelineItem | undefined) =>
  item !== undefined && item.status !== 'done' && item.status !== 'skipped';

const translators = new Map<Language, Awaited<ReturnType<typeof translator>>>();
beforeAll(async () => {
  for (const language of ['zh', 'en', 'es'] as const)
    translators.set(language, await translator(language, ['timeline', 'common']));
});

describe.each(people)('across 2026-09-01 … 2027-12-31: $name', (person) => {
  const timelines = days.map((day) => ({ day, items: timelineOn(person, day) }));

  it.each(person.deadlines)(
    '$stepId is on the to-do from $shownFrom, and stays until answered',
    (deadline) => {
      for (const { day, items } of timelines) {
        if (compareIsoDates(day, deadline.shownFrom) < 0) continue;
        const item = items.find((i) => i.stepId === deadline.stepId);
        const answered = deadline.answeredOn && compareIsoDates(day, deadline.answeredOn) >= 0;
        const gaveWay = deadline.givesWayOn && compareIsoDates(day, deadline.givesWayOn) >= 0;
        if (answered) {
          expect(open(item), `${day}: ${deadline.stepId} still open after it was answered`).toBe(false);
          continue;
        }
        if (gaveWay) continue;
        expect(open(item), `${day}: ${deadline.stepId} is not on the to-do`).toBe(true);
        const late = compareIsoDates(day, deadline.dueBy) > 0;
        expect(item!.status, `${day}: ${deadline.stepId}`).toBe(late ? 'overdue' : item!.status);
        if (!late)
          expect(['due', 'upcoming', 'waiting'], `${day}: ${deadline.stepId}`).toContain(item!.status);
      }
    },
  );

  it('never leaves the person without a next step or a warning, and never calls a draft or submitted filing in force', () => {
    for (const { day, items } of timelines) {
      // No next step only when nothing is open ("nothing to do right now" is then true).
      const next = nextItem(items);
      if (!next)
        expect(
          items.filter((i) => open(i) && i.status !== 'waiting'),
          day,
        ).toEqual([]);
      // Whatever is overdue is first: nothing overdue hides behind something merely due.
      if (items.some((i) => i.status === 'overdue')) expect(next?.status, day).toBe('overdue');
      for (const active of items.filter((i) => i.ruleId === 'filing.active')) {
        const records = recordsOn(person, day).filings;
        const filing = records.find((f) => active.stepId.endsWith(f.id.toLowerCase()));
        expect(filing?.status, `${day}: ${active.stepId}`).toBe('approved');
      }
    }
  });

  it('says every step in zh, en and es: no missing key, no placeholder left', () => {
    const seen = new Set<string>();
    for (const { items } of timelines)
      for (const item of items) {
        const key = JSON.stringify([item.titleKey, item.detailKey, item.params]);
        if (seen.has(key)) continue;
        seen.add(key);
        for (const [language, t] of translators) {
          for (const k of [item.titleKey, item.detailKey].filter((x): x is string => x !== undefined)) {
            const text = String(t(k as never, item.params as never));
            expect(text, `${language} ${k}`).not.toBe(k.split(':')[1]);
            expect(text, `${language} ${k}`).not.toMatch(/{{|}}|^steps\./);
          }
        }
      }
    expect(seen.size).toBeGreaterThan(3);
  });
});

describe('the year-long people, on the days that used to go wrong', () => {
  it('on 1 January 2027 the student who stopped opening the app still sees 2026’s enrolment overdue, and the next window on its own dates', () => {
    const items = timelineOn(absentPerson, '2027-01-01');
    expect(items.find((i) => i.stepId === 'enrolment.window.2026')).toMatchObject({
      status: 'overdue',
      params: { context: 'missed' },
    });
    expect(items.find((i) => i.stepId === 'enrolment.window.2027')).toMatchObject({
      status: 'upcoming',
      window: { start: '2027-09-01', end: '2027-09-30' },
      estimated: true,
    });
  });

  it('the traveller’s draft, on the day it is added, asks to submit it before 10 January 2027', () => {
    const item = timelineOn(travellerPerson, '2026-12-27').find((i) => i.ruleId === 'filing.submit');
    expect(item).toMatchObject({ status: 'due', date: '2027-01-10', params: { place: '长沙市' } });
  });

  it('the follower’s card, applied at a bank window in 2026, is dated from 2026’s published holidays', () => {
    const collect = timelineOn(followerPerson, '2026-09-20').find((i) => i.ruleId === 'card.collect');
    // 14 September + 12 working days, skipping Mid-Autumn (25 September), with the make-up Sunday 20
    // September counted (the State Council's 2026 schedule): 30 September.
    expect(collect).toMatchObject({ date: '2026-09-30', estimated: true });
    expect(collect).not.toHaveProperty('estimatedHolidays');
  });
});
