import {
  addDays,
  addMonthsClamped,
  compareIsoDates,
  isWithinDateRange,
  type IsoDate,
} from '../dates/iso-date';
import { getFact } from '../sources/sources';
import type { Filing } from './schema';

/**
 * The last day a filing is valid, where it has one: a referral (异地转诊) is valid one year from its start
 * (seed 004), so through the day before the same date next year. The long-term types last until changed,
 * and the seed gives temporary travel no end date: `undefined`.
 */
export function filingValidUntil(
  filing: Pick<Filing, 'type' | 'startDate'> & { validUntilOverride?: IsoDate | undefined },
): IsoDate | undefined {
  return filingEnd(filing)?.on;
}

/**
 * The end of a filing and whether it is worked out (an estimate) or the date on the user's own result
 * (`validUntilOverride`, content audit M-2), which always wins.
 */
export function filingEnd(
  filing: Pick<Filing, 'type' | 'startDate'> & { validUntilOverride?: IsoDate | undefined },
): { on: IsoDate; estimated: boolean } | undefined {
  if (filing.validUntilOverride) return { on: filing.validUntilOverride, estimated: false };
  // A start outside the range the app takes (stored before dates were bounded) has no worked-out end.
  if (filing.type === 'referral' && isWithinDateRange(filing.startDate))
    return {
      // One year (seed 004: 异地转诊备案有效时间为一年), read from the fact as the card's days are.
      on: addDays(addMonthsClamped(filing.startDate, Number(getFact('filing.validity').value)), -1),
      estimated: true,
    };
  return undefined;
}

/** Where a filing points, as a sentence names it: the city, else the province (or pooled region). */
export const filingPlace = (filing: Pick<Filing, 'destinationProvince' | 'destinationCity'>): string =>
  filing.destinationCity ?? filing.destinationProvince;

/** A filing that is in force or on its way: not a draft, rejected, cancelled or superseded. */
export function isActiveFiling(filing: Pick<Filing, 'status'>): boolean {
  return filing.status === 'submitted' || filing.status === 'approved';
}

export function isExpired(filing: Pick<Filing, 'type' | 'startDate'>, today: IsoDate): boolean {
  const end = filingValidUntil(filing);
  return end !== undefined && compareIsoDates(today, end) > 0;
}
