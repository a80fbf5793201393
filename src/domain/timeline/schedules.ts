import { cardNeed, expectedReady } from '../card/journey';
import { canChangeFrom, currentBinding } from '../clinic/binding';
import { addDays, compareIsoDates } from '../dates/iso-date';
import { filingEnd, filingPlace, isActiveFiling } from '../filing/validity';
import type { Occurrence, ScheduleContext, ScheduleId } from './types';
import {
  enrolmentCycleYear,
  enrolmentWindow,
  paymentOf,
  shanghaiConfirmWindow,
  shanghaiEntryCover,
  shanghaiEntryYear,
  shanghaiEVoucherFrom,
  shanghaiPaymentWindow,
  shanghaiPaymentYear,
  yearOf,
} from './windows';

/** Named schedules: each turns one person's records into the occurrences of a rule. Pure. */
export const SCHEDULES: Readonly<Record<ScheduleId, (ctx: ScheduleContext) => Occurrence[]>> = {
  'card.receipt-code': ({ person }) => [
    {
      meaning: 'from',
      done: person.receiptCode !== undefined,
      doneOn: person.receiptCode?.obtainedOn,
      // Holders of other documents than the resident ID take the photo in person (local guide).
      ...(cardNeed(person.profile).inPersonCode ? { params: { context: 'inPerson' } } : {}),
    },
  ],
  'card.enrolled': (ctx) => {
    const { person } = ctx;
    const confirmed = person.enrolments
      .map((e) => e.confirmedOn)
      .filter((d): d is string => d !== undefined)
      .sort()[0];
    // An enrolment marked done on the to-do counts; so does an application already made.
    const year = yearOf(ctx.today);
    const markedEnrolled = [year, year - 1].some((y) => ctx.answerOf?.(`enrolment.window.${y}`) === 'done');
    const done = confirmed ?? person.application?.submittedOn;
    return [{ meaning: 'from', done: done !== undefined || markedEnrolled, doneOn: done }];
  },
  'card.apply': ({ person }) => [
    {
      meaning: 'from',
      done: Boolean(person.application?.submittedOn),
      doneOn: person.application?.submittedOn,
    },
  ],
  'card.collect': ({ person, calendar }) => {
    const application = person.application;
    const ready = application ? expectedReady(application, calendar) : null;
    return [
      {
        meaning: 'from',
        date: ready?.date,
        done: Boolean(application?.pickedUpOn),
        doneOn: application?.pickedUpOn,
        estimated: ready ? ready.basis === 'computed' : false,
        ...(ready?.fallbackYears.length ? { estimatedHolidays: ready.fallbackYears } : {}),
        params: application?.pickupBranch ? { branch: application.pickupBranch } : undefined,
      },
    ];
  },
  'card.activate': ({ person }) => [
    {
      meaning: 'deadline',
      date: person.application?.pickedUpOn,
      done: Boolean(person.application?.activatedOn),
      doneOn: person.application?.activatedOn,
    },
  ],
  // Done once marked, or once the card itself is activated (then the card is shown, and the step is moot).
  'card.e-voucher': ({ person }) => [
    {
      meaning: 'from',
      done: Boolean(person.application?.activatedOn),
      doneOn: person.application?.activatedOn,
    },
  ],
  'clinic.bind': ({ person }) => {
    const first = [...person.bindings].sort((a, b) => compareIsoDates(a.boundOn, b.boundOn))[0];
    return [{ meaning: 'from', done: first !== undefined, doneOn: first?.boundOn }];
  },
  'clinic.locked': ({ person }) => {
    const current = currentBinding(person.bindings);
    if (!current) return [];
    return [{ meaning: 'info', date: canChangeFrom(current.boundOn), params: { clinic: current.name } }];
  },
  'enrolment.window': (ctx) => {
    const year = enrolmentCycleYear(ctx);
    const occurrence = (y: number): Occurrence => {
      const window = enrolmentWindow(ctx, y);
      const answered =
        Boolean(window.record?.confirmedOn) || Boolean(ctx.answerOf?.(`enrolment.window.${y}`));
      const missed = !answered && compareIsoDates(ctx.today, window.end) > 0;
      const ahead = compareIsoDates(ctx.today, window.start) < 0;
      return {
        instance: String(y),
        meaning: 'deadline',
        // The window's own dates (content re-audit: never the heads-up days in their place).
        window: { start: window.start, end: window.end },
        done: Boolean(window.record?.confirmedOn),
        doneOn: window.record?.confirmedOn,
        estimated: window.estimated,
        // A heads-up two weeks before it opens (watch for the notice), and three days before it closes.
        remindOn: [addDays(window.start, -14), addDays(window.end, -3)],
        // The scheme year starts in September: "2026–2027" (content audit L-14).
        params: {
          year: y,
          next: y + 1,
          ...(missed ? { context: 'missed' } : ahead ? { context: 'ahead' } : {}),
        },
      };
    };
    const current = occurrence(year);
    // A missed year stays overdue until answered or next year's window opens; the next one is never hidden.
    const missed = current.params?.context === 'missed';
    return missed ? [current, occurrence(year + 1)] : [current];
  },
  'filing.valid-until': ({ person, today }) =>
    person.filings.flatMap((filing) => {
      const ends = filingEnd(filing);
      const end = ends?.on;
      // Filings that ended over 60 days ago drop off the list.
      if (!end || !isActiveFiling(filing) || compareIsoDates(addDays(end, 60), today) < 0) return [];
      return [
        {
          instance: filing.id.toLowerCase(),
          meaning: 'deadline' as const,
          date: end,
          // A filing that ends in a year is not a to-do until a month before it ends.
          dueFrom: addDays(end, -30),
          estimated: ends?.estimated ?? false,
          params: { place: filingPlace(filing) },
        },
      ];
    }),
  'filing.submit': ({ person, today }) =>
    person.filings.flatMap((filing) => {
      // A draft is the moment to help most: it covers nothing until it is submitted and approved. It drops
      // off 60 days after its start, like an ended filing.
      if (filing.status !== 'draft' || compareIsoDates(addDays(filing.startDate, 60), today) < 0) return [];
      return [
        {
          instance: filing.id.toLowerCase(),
          meaning: 'deadline' as const,
          date: filing.startDate,
          params: {
            place: filingPlace(filing),
            ...(compareIsoDates(today, filing.startDate) > 0 ? { context: 'late' } : {}),
          },
        },
      ];
    }),
  'filing.active': ({ person, today }) =>
    person.filings.flatMap((filing) => {
      // In force only once approved: a submitted filing is the result's step (filing.check-result), so a
      // person who never changes the status is never told they are covered.
      if (filing.status !== 'approved') return [];
      const ends = filingEnd(filing);
      // A filing that has ended is the end date's step (filing.valid-until), not this one.
      if (ends && compareIsoDates(today, ends.on) > 0) return [];
      const place = filingPlace(filing);
      return [
        {
          instance: filing.id.toLowerCase(),
          meaning: 'info' as const,
          // With no end, it stays in force (until changed or replaced) from its start.
          ...(ends
            ? { window: { start: filing.startDate, end: ends.on } }
            : { date: filing.startDate, ongoing: true }),
          estimated: ends?.estimated ?? false,
          params: { place, context: ends ? 'ends' : 'open' },
        },
      ];
    }),
  'filing.check-result': ({ person, today }) =>
    person.filings.flatMap((filing) => {
      if (!isActiveFiling(filing)) return [];
      // Before the trip starts: the result must be known before leaving (a deadline on the start date).
      const late = filing.status === 'submitted' && compareIsoDates(today, filing.startDate) > 0;
      return [
        {
          instance: filing.id.toLowerCase(),
          meaning: 'deadline' as const,
          date: filing.startDate,
          dueFrom: filing.submittedOn,
          done: filing.status === 'approved',
          params: { place: filingPlace(filing), ...(late ? { context: 'late' } : {}) },
        },
      ];
    }),
  'filing.shanghai-ask': ({ person, today }) =>
    person.filings.flatMap((filing) => {
      // The seeds give Shenzhen's filing rules only (content re-audit R-10): for a Shanghai-insured person,
      // a trip on record asks them to check Shanghai's own rules before leaving, never a Shenzhen outcome.
      if (filing.status === 'cancelled' || filing.status === 'superseded' || filing.status === 'rejected')
        return [];
      if (compareIsoDates(addDays(filing.startDate, 60), today) < 0) return [];
      return [
        {
          instance: filing.id.toLowerCase(),
          meaning: 'deadline' as const,
          date: filing.startDate,
          done: filing.status === 'approved',
          params: { place: filingPlace(filing) },
        },
      ];
    }),
  'scheme.not-covered': () => [{ meaning: 'from' }],
  'hmt.border': () => [{ meaning: 'info' }],
  'shanghai.confirm': (ctx) => {
    const year = shanghaiEntryYear(ctx);
    const confirmed = ctx.person.shanghai?.confirmedOn;
    const window = shanghaiConfirmWindow(year);
    const own = ctx.person.shanghai?.confirmBy;
    return [
      {
        meaning: 'deadline',
        // The school's own deadline wins over the seed's 31 October (content audit M-6).
        date: own ?? window.end,
        estimated: own === undefined,
        // Not due before it opens (content audit M-10); reminders still count back from 31 October.
        dueFrom: window.start,
        done: Boolean(confirmed),
        doneOn: confirmed,
        params: { year },
      },
    ];
  },
  'shanghai.account': ({ person }) => {
    const s = person.shanghai;
    return [
      {
        meaning: 'from',
        date: s?.confirmedOn,
        done: s?.accountResult === 'success',
        doneOn: s?.accountResult === 'success' ? (s.accountCheckedOn ?? s.confirmedOn) : undefined,
      },
    ];
  },
  'shanghai.e-voucher': ({ person }) => {
    const s = person.shanghai;
    const from = shanghaiEVoucherFrom(s);
    return [
      {
        meaning: 'from',
        date: from?.date,
        estimated: from?.estimated ?? false,
        done: Boolean(s?.eVoucherActivatedOn),
        doneOn: s?.eVoucherActivatedOn,
      },
    ];
  },
  'shanghai.cover-ends': (ctx) => {
    const year = shanghaiEntryYear(ctx);
    return [{ meaning: 'info', date: shanghaiEntryCover(year).end, params: { year, next: year + 1 } }];
  },
  'shanghai.payment': (ctx) => {
    const year = shanghaiPaymentYear(ctx);
    const entryYear = shanghaiEntryYear(ctx);
    const payments = ctx.person.shanghai?.payments;
    const occurrence = (y: number): Occurrence => {
      const window = shanghaiPaymentWindow(payments, y);
      const paidOn = paymentOf(payments, y)?.paidOn;
      const answered = paidOn !== undefined || Boolean(ctx.answerOf?.(`shanghai.payment.${y}`));
      const missed = !answered && compareIsoDates(ctx.today, window.end) > 0;
      // The claw-back of the free first year is the entry year's only (content re-audit R-6).
      const first = y === entryYear;
      const context = missed ? (first ? 'missedFirst' : 'missed') : first ? 'first' : undefined;
      return {
        instance: String(y),
        meaning: 'deadline',
        window: { start: window.start, end: window.end },
        done: paidOn !== undefined,
        doneOn: paidOn,
        estimated: window.estimated,
        // Until the school's dates are entered, remind when the usual period opens (check the notice now),
        // not a day before a guessed end.
        ...(window.estimated ? { remindOn: [addDays(window.start, -7), window.start] } : {}),
        params: { year: y + 1, ...(context ? { context } : {}) },
      };
    };
    const current = occurrence(year);
    const missed = String(current.params?.context ?? '').startsWith('missed');
    return missed ? [current, occurrence(year + 1)] : [current];
  },
};
