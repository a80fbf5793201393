import { getFact, type SourceId } from '../sources/sources';

/**
 * Shenzhen students' premium (incl. local supplementary insurance), seed 001:
 * previous year's average monthly wage of on-post employees × 0.8% × 12 months.
 */
export const PREMIUM_RATE = Number(getFact('enrolment.premium').value);
export const PREMIUM_MONTHS = 12;

/** The yearly premium in yuan, to the fen. */
export function premiumFor(averageMonthlyWage: number): number {
  if (!Number.isFinite(averageMonthlyWage) || averageMonthlyWage < 0) throw new RangeError('Not a wage');
  return Math.round(averageMonthlyWage * PREMIUM_RATE * PREMIUM_MONTHS * 100) / 100;
}

/**
 * Published premiums, from which the wage follows (total ÷ 0.096). Newer than the seed: newspapers and local
 * guides (docs/domain.md, confidence medium). The student pays what the government subsidy does not.
 */
export interface KnownPremium {
  schemeYear: string;
  averageMonthlyWage: number;
  total: number;
  subsidy: number;
  paidByStudent: number;
  sourceId: SourceId;
}

export const KNOWN_PREMIUMS: readonly KnownPremium[] = [
  {
    schemeYear: '2024–2025',
    averageMonthlyWage: 13_635,
    total: 1308.96,
    subsidy: 872.64,
    paidByStudent: 436.32,
    sourceId: 'sz-premium-news',
  },
  {
    schemeYear: '2021–2022',
    averageMonthlyWage: 11_620,
    total: 1115.52,
    subsidy: 636,
    paidByStudent: 479.52,
    sourceId: 'sz-premium-news',
  },
];
