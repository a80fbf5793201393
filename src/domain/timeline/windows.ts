/**
 * When the yearly windows fall (Shenzhen's enrolment, Shanghai's confirmation and central payment) and which
 * year a person is in for each, from their records and today. Pure; the rules' schedules (rules.ts) and the
 * screens that show a window read them from here.
 */
import { addDays, compareIsoDates, parseIsoDate, type IsoDate } from '../dates/iso-date';
import { isHmtDocument } from '../identity/id-document';
import type { ShanghaiPayment } from '../shanghai/schema';
import type { ScheduleContext } from './types';

/** The year of a date. */
export const yearOf = (date: IsoDate) => Number(date.slice(0, 4));
const on = (year: number, monthDay: string): IsoDate => `${String(year).padStart(4, '0')}-${monthDay}`;

/** Shenzhen's usual enrolment window of a year: 1–30 September (seed 001), when no notice says otherwise. */
export function usualEnrolmentWindow(year: number): { start: IsoDate; end: IsoDate } {
  return { start: on(year, '09-01'), end: on(year, '09-30') };
}

type EnrolmentRecord = {
  year: number;
  windowStart?: string | undefined;
  windowEnd?: string | undefined;
  confirmedOn?: string | undefined;
};

/** Shenzhen's enrolment window for a year: the year's record, or the usual one, marked estimated. */
export function enrolmentWindowOf<T extends EnrolmentRecord>(enrolments: readonly T[], year: number) {
  const record = enrolments.find((e) => e.year === year);
  const usual = usualEnrolmentWindow(year);
  return {
    record,
    start: record?.windowStart ?? usual.start,
    end: record?.windowEnd ?? usual.end,
    estimated: !record?.windowStart || !record.windowEnd,
  };
}

/** The same, from a schedule's records. */
export const enrolmentWindow = (ctx: ScheduleContext, year: number) =>
  enrolmentWindowOf(ctx.person.enrolments, year);

/**
 * Shanghai's confirmation (参保确认) of an entry year: by 31 October (seed 002), opening early September (in
 * 2024 on 2 September for undergraduates, 8 September for postgraduates: docs/domain.md), so before 1 September
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
 * The enrolment year a person is in. Each year's window belongs to the scheme year it opens (September to
 * August), so the year in question is the latest whose window has opened (never before the entry year):
 * - while that year is not confirmed (a record with `confirmedOn`) nor answered on the to-do (done, or
 *   skipped: "not enrolling", "my school enrolled me"), it stays the year in question, overdue once its
 *   window closed, across 1 January, until next year's window opens (content re-audit R-1: paying late is
 *   still possible, and benefits start the month after paying);
 * - once answered, it stays shown (done) until its window closes; then next year's window comes up.
 * The clinic screen asks the same function.
 */
export function enrolmentYearFor(
  enrolments: readonly EnrolmentRecord[],
  today: IsoDate,
  answered: (year: number) => boolean,
  firstYear?: number,
): number {
  const windowOf = (year: number) => enrolmentWindowOf(enrolments, year);
  const calendarYear = yearOf(today);
  const opened = compareIsoDates(today, windowOf(calendarYear).start) >= 0 ? calendarYear : calendarYear - 1;
  if (firstYear !== undefined && opened < firstYear) return firstYear;
  const current = windowOf(opened);
  const isAnswered = Boolean(current.record?.confirmedOn) || answered(opened);
  if (!isAnswered || compareIsoDates(today, current.end) <= 0) return opened;
  return opened + 1;
}

/** The first enrolment year that is a person's own: the year they entered, where the profile says. */
export function firstEnrolmentYear(profile: { entryDate?: string | undefined }): number | undefined {
  return profile.entryDate ? yearOf(profile.entryDate) : undefined;
}

export function enrolmentCycleYear(ctx: ScheduleContext): number {
  return enrolmentYearFor(
    ctx.person.enrolments,
    ctx.today,
    (year) => Boolean(ctx.answerOf?.(`enrolment.window.${year}`)),
    firstEnrolmentYear(ctx.person.profile),
  );
}

type Payments = readonly ShanghaiPayment[] | undefined;

/** The recorded payment entry of a year, if any. */
export const paymentOf = (payments: Payments, year: number) => payments?.find((p) => p.year === year);

/**
 * Shanghai's central payment of a year (for the next year's premium), every year from the entry year: the
 * school's dates where the user entered them for that year, else the usual period (14 November – 5 December,
 * one school's 2025 dates: docs/domain.md), marked as estimated.
 */
export function shanghaiPaymentWindow(payments: Payments, year: number) {
  const own = paymentOf(payments, year);
  const start = own?.windowStart ?? on(year, '11-14');
  const end = own?.windowEnd ?? on(year, '12-05');
  return {
    start,
    end: compareIsoDates(end, start) >= 0 ? end : start,
    estimated: !own?.windowStart || !own.windowEnd,
  };
}

/**
 * The central payment a Shanghai student is in: the latest whose period has opened (from the entry year on).
 * While that one is neither paid nor answered on the to-do, it stays in question, overdue once its period
 * closed, until the next period opens: a missed period never hides the next one (content re-audit R-4).
 * Once paid or answered, it stays shown (done) until its period closes; then the next one. The Shanghai
 * screen asks the same.
 */
export function shanghaiPaymentYearFor(
  entryYear: number,
  today: IsoDate,
  payments: Payments,
  answered: (year: number) => boolean,
): number {
  const calendarYear = yearOf(today);
  const opened =
    compareIsoDates(today, shanghaiPaymentWindow(payments, calendarYear).start) >= 0
      ? calendarYear
      : calendarYear - 1;
  if (opened < entryYear) return entryYear;
  const isAnswered = paidFor(payments, opened) || answered(opened);
  if (!isAnswered || compareIsoDates(today, shanghaiPaymentWindow(payments, opened).end) <= 0) return opened;
  return opened + 1;
}

/** Whether year `year`'s central payment is recorded as paid. */
export function paidFor(payments: Payments, year: number): boolean {
  return paymentOf(payments, year)?.paidOn !== undefined;
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
  return shanghaiPaymentYearFor(shanghaiEntryYear(ctx), ctx.today, ctx.person.shanghai?.payments, (year) =>
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
