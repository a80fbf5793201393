import { addMonthsClamped, compareIsoDates, daysBetween, type IsoDate } from '../dates/iso-date';
import type { Filing, FilingType } from './schema';
import { filingEnd, isActiveFiling } from './validity';

/** Retirees resettled, long-term residents and staff stationed elsewhere (seed 004). */
export const LONG_TERM_TYPES: ReadonlySet<FilingType> = new Set([
  'long-term-residence',
  'retiree-resettled',
  'stationed-for-work',
]);

const place = (f: Pick<Filing, 'destinationProvince' | 'destinationCity'>) =>
  `${f.destinationProvince}/${f.destinationCity ?? ''}`;

export type SaveCheck =
  | { ok: true; supersedes: Filing[]; restores: Filing[]; needsResidenceProof: boolean }
  | { ok: false; problem: 'long-term-overlap'; conflicting: Filing };

/**
 * The filings this one had replaced, which are valid again because this one is not (any more) a success:
 * rejected, cancelled, back to a draft, or deleted (seed 004: the old one lapses only once the new one
 * succeeds).
 */
export function filingsToRestore(
  filing: Pick<Filing, 'id' | 'status'> | undefined,
  others: readonly Filing[],
  id: string,
): Filing[] {
  if (filing?.status === 'approved') return [];
  return others.filter((f) => f.id !== id && f.status === 'superseded' && f.supersededBy === id);
}

/**
 * What saving a filing does to the person's other filings (seed 004):
 * - a temporary filing to another city replaces an older temporary one (superseded, linked) only once it
 *   has succeeded (approved): "新增备案成功后原备案即自动失效"; a submitted one leaves the old one in force;
 * - if it stops being a success (rejected, cancelled, back to a draft), the filings it replaced are in
 *   force again (`restores`);
 * - the long-term types must cancel the old long-term filing first: two active ones may not coexist;
 * - changing city for a long-term type within half a year needs proof of residence.
 */
export function checkFilingSave(filing: Filing, others: readonly Filing[]): SaveCheck {
  const rest = others.filter((f) => f.id !== filing.id);
  const restores = filingsToRestore(filing, rest, filing.id);
  if (!isActiveFiling(filing)) return { ok: true, supersedes: [], restores, needsResidenceProof: false };
  if (LONG_TERM_TYPES.has(filing.type)) {
    const conflicting = rest.find((f) => LONG_TERM_TYPES.has(f.type) && isActiveFiling(f));
    if (conflicting) return { ok: false, problem: 'long-term-overlap', conflicting };
    // Only a filing that was in force counts (approved, later cancelled or replaced): a draft or a
    // rejected one never changed the city (content audit L-6).
    const recentOther = rest.some(
      (f) =>
        LONG_TERM_TYPES.has(f.type) &&
        (f.status === 'approved' || f.status === 'cancelled' || f.status === 'superseded') &&
        place(f) !== place(filing) &&
        compareIsoDates(f.startDate, filing.startDate) <= 0 &&
        compareIsoDates(filing.startDate, addMonthsClamped(f.startDate, 6)) < 0,
    );
    return { ok: true, supersedes: [], restores, needsResidenceProof: recentOther };
  }
  if (filing.type === 'temporary-travel' && filing.status === 'approved') {
    // Only an older filing: recording an earlier trip after the current one never replaces the current one.
    const supersedes = rest.filter(
      (f) =>
        f.type === 'temporary-travel' &&
        isActiveFiling(f) &&
        place(f) !== place(filing) &&
        compareIsoDates(f.startDate, filing.startDate) < 0,
    );
    return { ok: true, supersedes, restores, needsResidenceProof: false };
  }
  return { ok: true, supersedes: [], restores, needsResidenceProof: false };
}

/**
 * The filings this one will end once it succeeds: for a new temporary filing to another city, the person's
 * temporary filings in force elsewhere (seed 004). Asked before saving, so a student on a long stay is
 * warned before filing a short trip for real (UX review 5.1).
 */
export function filingsEndedOnSuccess(filing: Filing, others: readonly Filing[]): Filing[] {
  if (filing.type !== 'temporary-travel') return [];
  if (filing.status === 'rejected' || filing.status === 'cancelled' || filing.status === 'superseded')
    return [];
  const check = checkFilingSave({ ...filing, status: 'approved' }, others);
  return check.ok ? check.supersedes : [];
}

/** The order of the filings list: in force first, then drafts, then the rest; the latest start first. */
export function compareFilingsForList(a: Filing, b: Filing): number {
  const rank = (f: Filing) => (isActiveFiling(f) ? 0 : f.status === 'draft' ? 1 : 2);
  return rank(a) - rank(b) || compareIsoDates(b.startDate, a.startDate) || (a.id < b.id ? -1 : 1);
}

export type Validity =
  | { kind: 'until-changed' }
  | {
      kind: 'ends';
      on: IsoDate;
      estimated: boolean;
      state: 'valid' | 'expiring' | 'expired';
      daysLeft: number;
    };

/** How long a filing lasts and, for one with an end, whether it is expiring (30 days) or expired. */
export function filingValidity(
  filing: Pick<Filing, 'type' | 'startDate' | 'validUntilOverride'>,
  today: IsoDate,
): Validity {
  const end = filingEnd(filing);
  if (!end) return { kind: 'until-changed' };
  const daysLeft = daysBetween(today, end.on);
  return {
    kind: 'ends',
    on: end.on,
    estimated: end.estimated,
    daysLeft,
    state: daysLeft < 0 ? 'expired' : daysLeft <= 30 ? 'expiring' : 'valid',
  };
}
