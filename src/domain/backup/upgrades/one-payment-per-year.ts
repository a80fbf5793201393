/**
 * From one Shanghai `paidOn` and one payment period per person (schema version 4, backup version 1) to one
 * payment entry per year (content re-audit R-3). Frozen with the migration (0005) and the backup upgrade
 * (version 1 → 2) that call it: never edit; a later change of shape adds its own step.
 *
 * - A period belongs to the year it starts in (the school's period is in November–December).
 * - A payment belongs to the scheme year it was made in: September of a year to August after it.
 * - Both in one year become one entry.
 */
type OldShanghai = Record<string, unknown> & {
  paidOn?: unknown;
  paymentWindowStart?: unknown;
  paymentWindowEnd?: unknown;
};

const dateOrUndefined = (value: unknown) =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;

export function onePaymentPerYear(record: OldShanghai): Record<string, unknown> {
  const { paidOn, paymentWindowStart, paymentWindowEnd, ...rest } = record;
  const byYear = new Map<number, Record<string, string | number>>();
  const entry = (year: number) => {
    let found = byYear.get(year);
    if (!found) byYear.set(year, (found = { year }));
    return found;
  };
  const start = dateOrUndefined(paymentWindowStart);
  const end = dateOrUndefined(paymentWindowEnd);
  const windowDay = start ?? end;
  if (windowDay) {
    const payment = entry(Number(windowDay.slice(0, 4)));
    if (start) payment.windowStart = start;
    if (end) payment.windowEnd = end;
  }
  const paid = dateOrUndefined(paidOn);
  if (paid) {
    const year = Number(paid.slice(0, 4));
    entry(Number(paid.slice(5, 7)) >= 9 ? year : year - 1).paidOn = paid;
  }
  const payments = [...byYear.values()].sort((a, b) => Number(a.year) - Number(b.year));
  return payments.length > 0 ? { ...rest, payments } : rest;
}
