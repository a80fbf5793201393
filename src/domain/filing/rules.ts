import { addMonthsClamped, compareIsoDates, daysBetween, type IsoDate } from '../dates/iso-date';
import type { Filing, FilingType } from './schema';
import { filingValidUntil, isActiveFiling } from './validity';

/** Retirees resettled, long-term residents and staff stationed elsewhere (seed 004). */
export const LONG_TERM_TYPES: ReadonlySet<FilingType> = new Set([
  'long-term-residence',
  'retiree-resettled',
  'stationed-for-work',
]);

const place = (f: Pick<Filing, 'destinationProvince' | 'destinationCity'>) =>
  `${f.destinationProvince}/${f.destinationCity ?? ''}`;

export type SaveCheck =
  | { ok: true; supersedes: Filing[]; needsResidenceProof: boolean }
  | { ok: false; problem: 'long-term-overlap'; conflicting: Filing };

/**
 * What saving a filing does to the person's other filings (seed 004):
 * - a new temporary filing to another city replaces the old temporary one automatically (superseded, linked);
 * - the long-term types must cancel the old long-term filing first: two active ones may not coexist;
 * - changing city for a long-term type within half a year needs proof of residence.
 * Only an active filing (submitted or approved) has these effects; drafts have none.
 */
export function checkFilingSave(filing: Filing, others: readonly Filing[]): SaveCheck {
  const rest = others.filter((f) => f.id !== filing.id);
  if (!isActiveFiling(filing)) return { ok: true, supersedes: [], needsResidenceProof: false };
  if (LONG_TERM_TYPES.has(filing.type)) {
    const conflicting = rest.find((f) => LONG_TERM_TYPES.has(f.type) && isActiveFiling(f));
    if (conflicting) return { ok: false, problem: 'long-term-overlap', conflicting };
    const recentOther = rest.some(
      (f) =>
        LONG_TERM_TYPES.has(f.type) &&
        place(f) !== place(filing) &&
        compareIsoDates(f.startDate, filing.startDate) <= 0 &&
        compareIsoDates(filing.startDate, addMonthsClamped(f.startDate, 6)) < 0,
    );
    return { ok: true, supersedes: [], needsResidenceProof: recentOther };
  }
  if (filing.type === 'temporary-travel') {
    const supersedes = rest.filter(
      (f) => f.type === 'temporary-travel' && isActiveFiling(f) && place(f) !== place(filing),
    );
    return { ok: true, supersedes, needsResidenceProof: false };
  }
  return { ok: true, supersedes: [], needsResidenceProof: false };
}

export type Validity =
  | { kind: 'until-changed' }
  | { kind: 'ends'; on: IsoDate; state: 'valid' | 'expiring' | 'expired'; daysLeft: number };

/** How long a filing lasts and, for one with an end, whether it is expiring (30 days) or expired. */
export function filingValidity(filing: Pick<Filing, 'type' | 'startDate'>, today: IsoDate): Validity {
  const end = filingValidUntil(filing);
  if (!end) return { kind: 'until-changed' };
  const daysLeft = daysBetween(today, end);
  return {
    kind: 'ends',
    on: end,
    daysLeft,
    state: daysLeft < 0 ? 'expired' : daysLeft <= 30 ? 'expiring' : 'valid',
  };
}
