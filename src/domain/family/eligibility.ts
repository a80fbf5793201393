/**
 * The family account channel (家庭通道 / 个人账户家庭共济): may a relative's personal account pay for this
 * member? Two rule sets, shown side by side and never merged:
 * - seed 001 (about 2022): five conditions, including the 5% balance threshold;
 * - newer (Shenzhen, from 1 October 2023): no balance threshold; spouse, parents and children; the member's
 *   own account must be zero.
 */
export type Answer = boolean | undefined;

export interface FamilyChannelAnswers {
  /** Seed: the authoriser is in 基本医疗保险一档 (tier 1: before October 2023, not the same as employees'). */
  authoriserTier1: Answer;
  /** Newer: the authoriser has an employees' personal account (职工医保个人账户). Asked apart (M-7). */
  authoriserEmployeeAccount: Answer;
  /** Yuan. */
  authoriserBalance: number | undefined;
  /** Shenzhen's previous-year average annual wage of on-post employees, yuan. */
  averageAnnualWage: number | undefined;
  memberInsuredInShenzhen: Answer;
  memberAccountZeroOrNone: Answer;
  relationRegistered: Answer;
  relation: 'parent' | 'child' | 'spouse' | 'other' | undefined;
}

export type ConditionResult = 'met' | 'not-met' | 'unknown';

export interface Eligibility {
  conditions: { id: string; result: ConditionResult }[];
  outcome: 'eligible' | 'not-eligible' | 'unknown';
}

const fromAnswer = (answer: Answer): ConditionResult =>
  answer === undefined ? 'unknown' : answer ? 'met' : 'not-met';

function outcomeOf(conditions: Eligibility['conditions']): Eligibility['outcome'] {
  if (conditions.some((c) => c.result === 'not-met')) return 'not-eligible';
  if (conditions.some((c) => c.result === 'unknown')) return 'unknown';
  return 'eligible';
}

/** The balance threshold of seed 001: more than 5% of the previous year's average annual wage. */
export const BALANCE_THRESHOLD_SHARE = 0.05;

export function balanceThreshold(averageAnnualWage: number): number {
  return Math.round(averageAnnualWage * BALANCE_THRESHOLD_SHARE * 100) / 100;
}

export function seedEligibility(a: FamilyChannelAnswers): Eligibility {
  const balance: ConditionResult =
    a.authoriserBalance === undefined || a.averageAnnualWage === undefined
      ? 'unknown'
      : a.authoriserBalance > balanceThreshold(a.averageAnnualWage)
        ? 'met'
        : 'not-met';
  const conditions = [
    { id: 'authoriser-tier1', result: fromAnswer(a.authoriserTier1) },
    { id: 'authoriser-balance', result: balance },
    { id: 'member-insured', result: fromAnswer(a.memberInsuredInShenzhen) },
    { id: 'member-account-zero', result: fromAnswer(a.memberAccountZeroOrNone) },
    { id: 'relation-registered', result: fromAnswer(a.relationRegistered) },
  ];
  return { conditions, outcome: outcomeOf(conditions) };
}

export function newerEligibility(a: FamilyChannelAnswers): Eligibility {
  const relation: ConditionResult =
    a.relation === undefined ? 'unknown' : a.relation === 'other' ? 'not-met' : 'met';
  const conditions = [
    { id: 'authoriser-account', result: fromAnswer(a.authoriserEmployeeAccount) },
    { id: 'close-relative', result: relation },
    { id: 'member-insured', result: fromAnswer(a.memberInsuredInShenzhen) },
    { id: 'member-account-zero', result: fromAnswer(a.memberAccountZeroOrNone) },
    { id: 'relation-registered', result: fromAnswer(a.relationRegistered) },
  ];
  return { conditions, outcome: outcomeOf(conditions) };
}

/** Several authorisers are drawn in order of balance, highest first (seed 001; unchanged in 2023). */
export function authoriserOrder<T extends { balance: number }>(authorisers: readonly T[]): T[] {
  return [...authorisers].sort((a, b) => b.balance - a.balance);
}

/**
 * Who pays a bill of `amount` when several authorisers' accounts are drawn in order: each pays what their
 * balance allows, highest balance first; what is left is paid by the member.
 */
export function drawFromAuthorisers<T extends { balance: number }>(
  authorisers: readonly T[],
  amount: number,
) {
  let left = amount;
  const draws = authoriserOrder(authorisers).map((authoriser) => {
    const paid = Math.min(authoriser.balance, Math.max(0, left));
    left = Math.round((left - paid) * 100) / 100;
    return { authoriser, paid };
  });
  return { draws, leftForMember: Math.max(0, left) };
}
