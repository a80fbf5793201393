import { cardNeed, expectedReady } from '../card/journey';
import { canChangeFrom, currentBinding } from '../clinic/binding';
import { addDays, compareIsoDates, parseIsoDate, type IsoDate } from '../dates/iso-date';
import { filingEnd, filingPlace, isActiveFiling } from '../filing/validity';
import { isHmtDocument } from '../identity/id-document';
import type { Occurrence, ScheduleContext, ScheduleId } from './types';

const yearOf = (date: IsoDate) => Number(date.slice(0, 4));
const on = (year: number, monthDay: string): IsoDate => `${String(year).padStart(4, '0')}-${monthDay}`;

/** Shenzhen's usual enrolment window of a year: 1–30 September (seed 001), when no notice says otherwise. */
export function usualEnrolmentWindow(year: number): { start: IsoDate; end: IsoDate } {
  return { start: on(year, '09-01'), end: on(year, '09-30') };
}

/** Shenzhen's enrolment window for a year: the year's record, or the usual one, marked estimated. */
export function enrolmentWindow(ctx: ScheduleContext, year: number) {
  const record = ctx.person.enrolments.find((e) => e.year === year);
  const usual = usualEnrolmentWindow(year);
  return {
    record,
    start: record?.windowStart ?? usual.start,
    end: record?.windowEnd ?? usual.end,
    estimated: !record?.windowStart || !record.windowEnd,
  };
}

/**
 * Shanghai's confirmation (参保确认) of an entry year: by 31 October (seed 002), opening early September (in
 * 2024 on 2 September for undergraduates, 8 September for postgraduates: DOMAIN.md), so before 1 September
 * it is not yet due; the opening is an estimate.
 */
export function shanghaiConfirmWindow(year: number): { start: IsoDate; end: IsoDate } {
  return { start: on(year, '09-01'), end: on(year, '10-31') };
}

/** The free cover of the entry year: 1 September to 31 December (seed 002). */
export function shanghaiEntryCover(year: number): { start: IsoDate; end: IsoDate } {
  return { start: on(year, '09-01'), end: on(year, '12-31') };
}

/**
 * The enrolment year a person is in: this year's, until it is confirmed (a record with `confirmedOn`) or
 * answered on the to-do (done, or skipped: "my school enrolled me"). A window that closed without either
 * stays this year's, overdue, so a missed enrolment is never silently replaced by next year's window
 * (content audit H-2); then next year's. The clinic screen asks the same function.
 */
export function enrolmentYearFor(
  enrolments: readonly { year: number; windowEnd?: string | undefined; confirmedOn?: string | undefined }[],
  today: IsoDate,
  answered: (year: number) => boolean,
): number {
  const year = yearOf(today);
  const record = enrolments.find((e) => e.year === year);
  if (compareIsoDates(today, record?.windowEnd ?? usualEnrolmentWindow(year).end) <= 0) return year;
  return record?.confirmedOn || answered(year) ? year + 1 : year;
}

export function enrolmentCycleYear(ctx: ScheduleContext): number {
  return enrolmentYearFor(ctx.person.enrolments, ctx.today, (year) =>
    Boolean(ctx.answerOf?.(`enrolment.window.${year}`)),
  );
}

/**
 * Shanghai's central payment of a year (for the next year's premium), every year from the entry year: the
 * school's dates where the user entered them for that year, else the usual period (14 November – 5 December,
 * one school's 2025 dates: DOMAIN.md), marked as estimated.
 */
export function shanghaiPaymentWindow(
  record: { paymentWindowStart?: string | undefined; paymentWindowEnd?: string | undefined } | undefined,
  year: number,
) {
  const own = record?.paymentWindowStart && yearOf(record.paymentWindowStart) === year ? record : undefined;
  const start = own?.paymentWindowStart ?? on(year, '11-14');
  const end = own?.paymentWindowEnd ?? on(year, '12-05');
  return {
    start,
    end: compareIsoDates(end, start) >= 0 ? end : start,
    estimated: !own?.paymentWindowStart || !own.paymentWindowEnd,
  };
}

/**
 * The central payment a Shanghai student is in: this year's (from the entry year on), unless last year's is
 * still unpaid and unanswered on the to-do (then that one, overdue). The Shanghai screen asks the same.
 */
export function shanghaiPaymentYearFor(
  entryYear: number,
  today: IsoDate,
  paidOn: string | undefined,
  answered: (year: number) => boolean,
): number {
  const year = Math.max(entryYear, yearOf(today));
  const previous = year - 1;
  return previous >= entryYear && !paidFor(paidOn, previous) && !answered(previous) ? previous : year;
}

/** Whether a payment made on `paidOn` is the one of year `year`'s central period (September to August). */
export function paidFor(paidOn: string | undefined, year: number): boolean {
  return (
    paidOn !== undefined &&
    compareIsoDates(paidOn, on(year, '09-01')) >= 0 &&
    compareIsoDates(paidOn, on(year + 1, '08-31')) <= 0
  );
}

/** The Shanghai entry year: the record's, else the profile's entry date, else the current academic year. */
export function shanghaiEntryYear(ctx: ScheduleContext): number {
  return entryYearFor(ctx.person.shanghai?.entryYear, ctx.person.profile.entryDate, ctx.today);
}

/** The same from its parts, for the Shanghai screen. */
export function entryYearFor(recordYear: number | undefined, entryDate: string | undefined, today: IsoDate) {
  if (recordYear) return recordYear;
  if (entryDate) return yearOf(entryDate);
  const date = parseIsoDate(today)!;
  return date.month >= 9 ? date.year : date.year - 1;
}

export function shanghaiPaymentYear(ctx: ScheduleContext): number {
  return shanghaiPaymentYearFor(shanghaiEntryYear(ctx), ctx.today, ctx.person.shanghai?.paidOn, (year) =>
    Boolean(ctx.answerOf?.(`shanghai.payment.${year}`)),
  );
}

/**
 * From when the e-voucher can be activated: the day after the account set-up (建账) succeeded (seed 002),
 * counted from the day the student saw the success; while that is not recorded, from the day after
 * confirming, as an estimate.
 */
export function shanghaiEVoucherFrom(
  record:
    | {
        confirmedOn?: string | undefined;
        accountResult?: string | undefined;
        accountCheckedOn?: string | undefined;
      }
    | undefined,
): { date: IsoDate; estimated: boolean } | undefined {
  if (record?.accountResult === 'success' && record.accountCheckedOn)
    return { date: addDays(record.accountCheckedOn, 1), estimated: false };
  if (record?.confirmedOn) return { date: addDays(record.confirmedOn, 1), estimated: true };
  return undefined;
}

/** Holders of Hong Kong, Macao or Taiwan documents get no e-voucher in Shanghai: they use the card. */
export function getsShanghaiEVoucher(profile: { idType: string }): boolean {
  return !isHmtDocument(profile.idType);
}

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
  'clinic.bind': ({ person }) => {
    const first = [...person.bindings].sort((a, b) => compareIsoDates(a.boundOn, b.boundOn))[0];
    return [{ meaning: 'from', done: first !== undefined, doneOn: first?.boundOn }];
  },
  'clinic.locked': ({ person }) => {
    const current = currentBinding(person.bindings);
    if (!current) return [];
    return [{ meaning: 'info', date: canChangeFrom(current.boundOn), params: { clinic: current.name } }];
  },
  'enrolment.prepare': (ctx) => {
    const year = enrolmentCycleYear(ctx);
    const window = enrolmentWindow(ctx, year);
    return [
      {
        instance: String(year),
        meaning: 'info',
        window: { start: addDays(window.start, -14), end: addDays(window.start, -1) },
        done: Boolean(window.record?.confirmedOn),
        doneOn: window.record?.confirmedOn,
        // The scheme year starts in September: "2026–2027" (content audit L-14).
        params: { year, next: year + 1 },
      },
    ];
  },
  'enrolment.window': (ctx) => {
    const year = enrolmentCycleYear(ctx);
    const window = enrolmentWindow(ctx, year);
    return [
      {
        instance: String(year),
        meaning: 'deadline',
        window: { start: window.start, end: window.end },
        done: Boolean(window.record?.confirmedOn),
        doneOn: window.record?.confirmedOn,
        estimated: window.estimated,
        params: { year, next: year + 1 },
      },
    ];
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
  'filing.active': ({ person, today }) =>
    person.filings.flatMap((filing) => {
      if (!isActiveFiling(filing)) return [];
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
  'filing.check-result': ({ person }) =>
    person.filings.flatMap((filing) => {
      if (!isActiveFiling(filing)) return [];
      return [
        {
          instance: filing.id.toLowerCase(),
          meaning: 'from' as const,
          date: filing.submittedOn,
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
    const s = ctx.person.shanghai;
    const window = shanghaiPaymentWindow(s, year);
    const paid = paidFor(s?.paidOn, year);
    return [
      {
        instance: String(year),
        meaning: 'deadline',
        window: { start: window.start, end: window.end },
        done: paid,
        doneOn: paid ? s?.paidOn : undefined,
        estimated: window.estimated,
        // Until the school's dates are entered, remind when the usual period opens (check the notice now),
        // not a day before a guessed end.
        ...(window.estimated ? { remindOn: [addDays(window.start, -7), window.start] } : {}),
        params: { year: year + 1 },
      },
    ];
  },
};
