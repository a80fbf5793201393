import { expectedReady } from '../card/journey';
import { canChangeFrom, currentBinding } from '../clinic/binding';
import { addDays, compareIsoDates, parseIsoDate, type IsoDate } from '../dates/iso-date';
import { filingValidUntil, isActiveFiling } from '../filing/validity';
import type { Occurrence, ScheduleContext, ScheduleId } from './types';

const yearOf = (date: IsoDate) => Number(date.slice(0, 4));
const on = (year: number, monthDay: string): IsoDate => `${String(year).padStart(4, '0')}-${monthDay}`;

/** Shenzhen's enrolment window for a year: the year's record, or normally 1–30 September (seed 001). */
export function enrolmentWindow(ctx: ScheduleContext, year: number) {
  const record = ctx.person.enrolments.find((e) => e.year === year);
  return {
    record,
    start: record?.windowStart ?? on(year, '09-01'),
    end: record?.windowEnd ?? on(year, '09-30'),
    estimated: !record?.windowStart || !record.windowEnd,
  };
}

/**
 * The enrolment year the timeline is about: this year's window until it closes (or, if this year's record
 * is still unconfirmed, until the end of the year, so a missed window shows as overdue); then next year's.
 */
export function enrolmentCycleYear(ctx: ScheduleContext): number {
  const year = yearOf(ctx.today);
  const window = enrolmentWindow(ctx, year);
  if (compareIsoDates(ctx.today, window.end) <= 0) return year;
  if (window.record && !window.record.confirmedOn) return year;
  return year + 1;
}

/** The Shanghai entry year: the record's, else the profile's entry date, else the current academic year. */
export function shanghaiEntryYear(ctx: ScheduleContext): number {
  if (ctx.person.shanghai?.entryYear) return ctx.person.shanghai.entryYear;
  if (ctx.person.profile.entryDate) return yearOf(ctx.person.profile.entryDate);
  const today = parseIsoDate(ctx.today)!;
  return today.month >= 9 ? today.year : today.year - 1;
}

/** Named schedules: each turns one person's records into the occurrences of a rule. Pure. */
export const SCHEDULES: Readonly<Record<ScheduleId, (ctx: ScheduleContext) => Occurrence[]>> = {
  'card.receipt-code': ({ person }) => [
    { meaning: 'from', done: person.receiptCode !== undefined, doneOn: person.receiptCode?.obtainedOn },
  ],
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
        params: { year },
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
        params: { year },
      },
    ];
  },
  'filing.valid-until': ({ person, today }) =>
    person.filings.flatMap((filing) => {
      const end = filingValidUntil(filing);
      // Filings that ended over 60 days ago drop off the list.
      if (!end || !isActiveFiling(filing) || compareIsoDates(addDays(end, 60), today) < 0) return [];
      return [
        {
          instance: filing.id.toLowerCase(),
          meaning: 'deadline' as const,
          date: end,
          // A filing that ends in a year is not a to-do until a month before it ends.
          dueFrom: addDays(end, -30),
          params: { place: filing.destinationCity ?? filing.destinationProvince },
        },
      ];
    }),
  'shanghai.confirm': (ctx) => {
    const year = shanghaiEntryYear(ctx);
    const confirmed = ctx.person.shanghai?.confirmedOn;
    return [
      {
        meaning: 'deadline',
        date: on(year, '10-31'),
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
    return [
      {
        meaning: 'from',
        date: s?.confirmedOn ? addDays(s.confirmedOn, 1) : undefined,
        done: Boolean(s?.eVoucherActivatedOn),
        doneOn: s?.eVoucherActivatedOn,
      },
    ];
  },
  'shanghai.cover-ends': (ctx) => {
    const year = shanghaiEntryYear(ctx);
    return [{ meaning: 'info', date: on(year, '12-31'), params: { year, next: year + 1 } }];
  },
  'shanghai.payment': (ctx) => {
    const year = shanghaiEntryYear(ctx);
    const s = ctx.person.shanghai;
    const start = s?.paymentWindowStart ?? on(year, '11-14');
    const end = s?.paymentWindowEnd ?? on(year, '12-05');
    return [
      {
        meaning: 'deadline',
        window: compareIsoDates(end, start) >= 0 ? { start, end } : { start, end: start },
        done: Boolean(s?.paidOn),
        doneOn: s?.paidOn,
        estimated: !s?.paymentWindowStart || !s.paymentWindowEnd,
        params: { year: year + 1 },
      },
    ];
  },
};
