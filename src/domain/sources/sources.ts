import { addDays, compareIsoDates, type IsoDate } from '../dates/iso-date';

/**
 * Where every rule the app applies comes from. Seeds are the five source documents of docs/domain.md; "newer" sources are
 * public findings recorded after them (docs/domain.md). Names and descriptions are translation keys
 * (`sources:sources.<id>`), never display text.
 */
/** A date as precise as a source gives it: a calendar date, only a year (perhaps approximate), or none. */
export type StatedDate = IsoDate | { year: number; approximate: boolean } | null;

export interface Source {
  id: SourceId;
  kind: 'seed' | 'newer';
  /** The seed's file name, for seeds. */
  file?: string;
  /** The date the source states; null when it states none (docs/domain.md gives none). */
  statedOn: StatedDate;
}

export const SOURCE_IDS = [
  'seed-000',
  'seed-001',
  'seed-002',
  'seed-003',
  'seed-004',
  'sz-measures-2023',
  'sz-family-sharing-2023',
  'sz-premium-news',
  'sz-late-payment',
  'sz-card-wait-guides',
  'sz-receipt-code-guide',
  'national-filing-2022',
  'sh-confirmation-2024',
  'sh-payment-notices',
  'sh-late-enrolment-2025',
  'excluded-students-notices',
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

const seed = (id: SourceId, file: string, statedOn: Source['statedOn']): Source => ({
  id,
  kind: 'seed',
  file,
  statedOn,
});
const newer = (id: SourceId, statedOn: StatedDate): Source => ({ id, kind: 'newer', statedOn });
const inYear = (year: number, approximate = false) => ({ year, approximate });

export const SOURCES: Readonly<Record<SourceId, Source>> = {
  'seed-000': seed('seed-000', '000_ae60f2d6d5a9a94d.txt', '2021-10-11'),
  'seed-001': seed('seed-001', '001_4baaee43cdc8006b.txt', { year: 2022, approximate: true }),
  'seed-002': seed('seed-002', '002_ee29b7f685f78462.txt', { year: 2023, approximate: false }),
  'seed-003': seed('seed-003', '003_73dab88ddd5bd7f9.txt', null),
  'seed-004': seed('seed-004', '004_9f12e7b445fb8e9f.txt', { year: 2023, approximate: true }),
  // Dates as docs/domain.md's table of newer information gives them: a year where it names one, else none.
  'sz-measures-2023': newer('sz-measures-2023', '2023-10-01'),
  'sz-family-sharing-2023': newer('sz-family-sharing-2023', inYear(2023)),
  'sz-premium-news': newer('sz-premium-news', inYear(2024, true)),
  'sz-late-payment': newer('sz-late-payment', null),
  'sz-card-wait-guides': newer('sz-card-wait-guides', null),
  'sz-receipt-code-guide': newer('sz-receipt-code-guide', null),
  'national-filing-2022': newer('national-filing-2022', inYear(2022)),
  'sh-confirmation-2024': newer('sh-confirmation-2024', inYear(2024)),
  'sh-payment-notices': newer('sh-payment-notices', inYear(2025)),
  'sh-late-enrolment-2025': newer('sh-late-enrolment-2025', inYear(2025)),
  'excluded-students-notices': newer('excluded-students-notices', null),
};

/**
 * A policy fact: one rule or figure the app applies, with its source, when it was last checked against an
 * official channel and how often it must be checked again. Screens read facts from here, so one change here
 * updates every screen. `replaces` links a newer fact to the seed's fact it contradicts: both are shown.
 *
 * `checkedOn` is honest: no fact has been compared with an official channel since its source, so it is the
 * date its newest source states (a seed's own date, or only a year), or null where no source is dated. A
 * fact is due for review `reviewEveryDays` after that (after the end of a year given alone); an undated fact
 * is due now. Update `checkedOn` (to the day) only after really comparing the fact with its source.
 */
export interface PolicyFact {
  id: string;
  sourceIds: readonly SourceId[];
  checkedOn: StatedDate;
  reviewEveryDays: number;
  value?: number | string;
  replaces?: string;
  /**
   * For a yearly figure (a window, a period, an amount): the month and day (MM-DD) its next year's period
   * opens. The fact then falls due on that day of the year after its source's, not a year after the source's
   * date: the 2025 payment period is out of date when the 2026 one opens (content re-audit R-7).
   */
  nextPeriodOpens?: string;
  /** The period the rule applies to, where a newer rule replaced an older one on a known day. */
  appliesFrom?: IsoDate;
  appliesUntil?: IsoDate;
}

/** The later of two stated dates (a year counts as its last day; none counts as the earliest). */
function laterStated(a: StatedDate, b: StatedDate): StatedDate {
  return compareIsoDates(statedBase(a) ?? '0000-01-01', statedBase(b) ?? '0000-01-01') >= 0 ? a : b;
}

/** The day a stated date stands for in arithmetic: a year given alone stands for its last day. */
export function statedBase(date: StatedDate): IsoDate | null {
  if (date === null) return null;
  return typeof date === 'string' ? date : `${String(date.year).padStart(4, '0')}-12-31`;
}

const fact = (
  id: string,
  sourceIds: readonly SourceId[],
  extra: Partial<
    Pick<
      PolicyFact,
      | 'value'
      | 'replaces'
      | 'reviewEveryDays'
      | 'checkedOn'
      | 'appliesFrom'
      | 'appliesUntil'
      | 'nextPeriodOpens'
    >
  > = {},
): PolicyFact => ({
  id,
  sourceIds,
  checkedOn: sourceIds.map((s) => SOURCES[s].statedOn).reduce(laterStated, null),
  // Yearly figures (premium, payment period, benefits, the window) come due a year after their scheme year.
  reviewEveryDays: 365,
  ...extra,
});

/** Every fact, by id. Keys for each: `sources:facts.<id>` (what it says). */
export const FACTS = indexById([
  // The card (seeds 000, 001)
  fact('card.receipt-code', ['seed-000'], { value: 11 }),
  fact('card.receipt-code.in-person', ['sz-receipt-code-guide']),
  fact('card.skip-with-child-card', ['seed-000']),
  fact('card.bank-online', ['seed-000', 'seed-001'], { value: 1 }),
  fact('card.bank-online.newer-wait', ['sz-card-wait-guides'], { replaces: 'card.bank-online' }),
  fact('card.bank-window', ['seed-001'], { value: 12 }),
  fact('card.instant-issue', ['seed-001'], { value: 317 }),
  fact('card.activation', ['seed-000', 'seed-001']),
  fact('card.form-fields', ['seed-000']),
  fact('scheme.international-students', ['excluded-students-notices']),
  // Who can answer in Shenzhen: 12333 (seed 000) and 12393 (the national medical-security number)
  fact('contacts.shenzhen', ['seed-000']),
  // Clinic binding (seeds 000, 001)
  fact('clinic.outpatient-bound-only', ['seed-000', 'seed-001']),
  fact('clinic.lock-one-month', ['seed-000', 'seed-001'], { value: 1 }),
  fact('clinic.age-rule', ['seed-001'], { value: 14 }),
  fact('clinic.not-reimbursed', ['seed-000']),
  fact('clinic.methods', ['seed-000', 'seed-001']),
  // Scheme and enrolment (seed 001, newer findings)
  // 《深圳市医疗保障办法》 in force 1 October 2023 replaced the seed's scheme and family conditions.
  fact('scheme.tier2', ['seed-001'], { appliesUntil: '2023-09-30' }),
  fact('scheme.resident-insurance-2023', ['sz-measures-2023'], {
    replaces: 'scheme.tier2',
    appliesFrom: '2023-10-01',
  }),
  fact('enrolment.window', ['seed-001'], { nextPeriodOpens: '09-01' }),
  fact('enrolment.premium', ['seed-001'], { value: 0.008 }),
  fact('enrolment.premium.known', ['sz-premium-news'], { nextPeriodOpens: '09-01' }),
  fact('enrolment.late', ['sz-late-payment']),
  // Family account channel and e-voucher (seeds 001, 003)
  fact('family.conditions', ['seed-001'], { appliesUntil: '2023-09-30' }),
  fact('family.sharing-2023', ['sz-family-sharing-2023'], {
    replaces: 'family.conditions',
    appliesFrom: '2023-10-01',
  }),
  fact('family.order', ['seed-001']),
  fact('family.link-data', ['seed-003']),
  fact('family.child-e-voucher', ['seed-001']),
  fact('family.e-voucher-vs-card', ['seed-001', 'seed-003']),
  // 异地就医备案 (seed 004, national notice)
  fact('filing.who', ['seed-004']),
  fact('filing.validity', ['seed-004'], { value: 12 }),
  fact('filing.supersede', ['seed-004']),
  fact('filing.channels', ['seed-004']),
  fact('filing.temporary-6-months', ['national-filing-2022']),
  // Shanghai freshmen (seed 002, newer notices)
  fact('shanghai.confirm', ['seed-002']),
  fact('shanghai.e-voucher', ['seed-002']),
  fact('shanghai.free-cover', ['seed-002']),
  fact('shanghai.benefits', ['seed-002'], { value: 2023 }),
  fact('shanghai.hotline', ['seed-002']),
  fact('shanghai.late-enrolment', ['sh-late-enrolment-2025']),
  fact('shanghai.confirmation-2024', ['sh-confirmation-2024'], { nextPeriodOpens: '09-01' }),
  fact('shanghai.payment', ['sh-payment-notices'], { nextPeriodOpens: '11-14' }),
]);

function indexById(facts: PolicyFact[]): Readonly<Record<string, PolicyFact>> {
  return Object.fromEntries(facts.map((f) => [f.id, f]));
}

export function getFact(id: string): PolicyFact {
  const found = FACTS[id];
  if (!found) throw new Error(`Unknown policy fact: ${id}`);
  return found;
}

/** The day a fact is due for its next check against the official channel; null for an undated fact. */
export function factReviewDue(f: PolicyFact): IsoDate | null {
  const base = statedBase(f.checkedOn);
  if (base === null) return null;
  if (f.nextPeriodOpens)
    return `${String(Number(base.slice(0, 4)) + 1).padStart(4, '0')}-${f.nextPeriodOpens}`;
  return addDays(base, f.reviewEveryDays);
}

/** A fact past its review date, or undated, may be out of date: the UI says so wherever the fact is used. */
export function isFactStale(f: PolicyFact, today: IsoDate): boolean {
  const due = factReviewDue(f);
  return due === null || compareIsoDates(today, due) > 0;
}

/** Whether a fact's rule applies on a day: inside its period, where it has one. */
export function factAppliesOn(f: PolicyFact, today: IsoDate): boolean {
  if (f.appliesFrom && compareIsoDates(today, f.appliesFrom) < 0) return false;
  if (f.appliesUntil && compareIsoDates(today, f.appliesUntil) > 0) return false;
  return true;
}

/** The year a stated date falls in; null for an undated one. */
const statedYear = (date: StatedDate): number | null =>
  date === null ? null : typeof date === 'string' ? Number(date.slice(0, 4)) : date.year;

/**
 * A screen's freshness in one line (UX review 3, M1): the years of the documents its rules come from, and
 * whether any of its rules is past its review date (or undated), so due for a check against this year's
 * notice. `years` is null when no source is dated.
 */
export function freshnessOf(
  factIds: readonly string[],
  today: IsoDate,
): { years: { from: number; to: number } | null; due: boolean } {
  const facts = factIds.map(getFact);
  const years = sourceYearsOf(facts);
  return {
    years: years.length > 0 ? { from: years[0]!, to: years.at(-1)! } : null,
    due: facts.some((f) => isFactStale(f, today)),
  };
}

/** The facts that rest on any of these sources: a to-do step names its sources, not its facts. */
export function factsCiting(sourceIds: readonly SourceId[]): string[] {
  return Object.values(FACTS)
    .filter((f) => f.sourceIds.some((id) => sourceIds.includes(id)))
    .map((f) => f.id);
}

/**
 * Facts a screen should warn about in place (M1): a yearly figure or period (a window, an amount) whose
 * next year's period has opened since its source, so known to be due to change. Other facts past their
 * review are said once per screen, in its freshness line.
 */
export function yearlyFactsDue(factIds: readonly string[], today: IsoDate): PolicyFact[] {
  return factIds.map(getFact).filter((f) => f.nextPeriodOpens !== undefined && isFactStale(f, today));
}

/** The years of the sources behind some facts, in order, each once. */
export function sourceYearsOf(facts: readonly PolicyFact[]): number[] {
  const years = facts
    .flatMap((f) => f.sourceIds)
    .map((id) => statedYear(SOURCES[id].statedOn))
    .filter((year): year is number => year !== null);
  return [...new Set(years)].sort((a, b) => a - b);
}
