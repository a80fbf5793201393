import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { premiumFor, KNOWN_PREMIUMS } from '../enrolment/premium';
import {
  authoriserOrder,
  balanceThreshold,
  drawFromAuthorisers,
  newerEligibility,
  seedEligibility,
  type FamilyChannelAnswers,
} from './eligibility';

const allMet: FamilyChannelAnswers = {
  authoriserTier1: true,
  authoriserEmployeeAccount: true,
  authoriserBalance: 10_000,
  averageAnnualWage: 163_620,
  memberInsuredInShenzhen: true,
  memberAccountZeroOrNone: true,
  relationRegistered: true,
  relation: 'parent',
};

describe('family channel eligibility', () => {
  it.each([
    [{}, 'eligible', 'eligible'],
    // Two questions, each for its own rule (content audit M-7): a tier-2 employee fails only the seed's.
    [{ authoriserTier1: false }, 'not-eligible', 'eligible'],
    [{ authoriserEmployeeAccount: false }, 'eligible', 'not-eligible'],
    // 5% of 163,620 is 8,181: below it fails the seed's rule but not the newer one.
    [{ authoriserBalance: 8_000 }, 'not-eligible', 'eligible'],
    [{ authoriserBalance: 8_181 }, 'not-eligible', 'eligible'],
    [{ authoriserBalance: 8_181.01 }, 'eligible', 'eligible'],
    [{ authoriserBalance: undefined }, 'unknown', 'eligible'],
    [{ memberInsuredInShenzhen: false }, 'not-eligible', 'not-eligible'],
    [{ memberAccountZeroOrNone: false }, 'not-eligible', 'not-eligible'],
    [{ relationRegistered: undefined }, 'unknown', 'unknown'],
    [{ relation: 'other' }, 'eligible', 'not-eligible'],
    [{ relation: undefined }, 'eligible', 'unknown'],
  ] as const)('%o → seed %s, newer %s', (change, seed, newer) => {
    const answers = { ...allMet, ...change };
    expect(seedEligibility(answers).outcome).toBe(seed);
    expect(newerEligibility(answers).outcome).toBe(newer);
  });

  it('names each of the five conditions of seed 001', () => {
    expect(seedEligibility(allMet).conditions.map((c) => c.id)).toEqual([
      'authoriser-tier1',
      'authoriser-balance',
      'member-insured',
      'member-account-zero',
      'relation-registered',
    ]);
    expect(balanceThreshold(163_620)).toBe(8181);
  });

  it('draws several authorisers highest balance first', () => {
    const parents = [
      { name: 'Mother', balance: 3_000 },
      { name: 'Father', balance: 5_000 },
    ];
    expect(authoriserOrder(parents).map((p) => p.name)).toEqual(['Father', 'Mother']);
    const bill = drawFromAuthorisers(parents, 6_500);
    expect(bill.draws.map((d) => [d.authoriser.name, d.paid])).toEqual([
      ['Father', 5_000],
      ['Mother', 1_500],
    ]);
    expect(bill.leftForMember).toBe(0);
    expect(drawFromAuthorisers(parents, 9_000).leftForMember).toBe(1_000);
  });

  it('never draws more than the bill or than a balance', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100_000 }), { maxLength: 4 }),
        fc.integer({ min: 0, max: 200_000 }),
        (balances, amount) => {
          const { draws, leftForMember } = drawFromAuthorisers(
            balances.map((balance) => ({ balance })),
            amount,
          );
          const paid = draws.reduce((sum, d) => sum + d.paid, 0);
          expect(paid + leftForMember).toBe(amount);
          for (const d of draws) expect(d.paid).toBeLessThanOrEqual(d.authoriser.balance);
        },
      ),
    );
  });
});

describe('premium', () => {
  // A rounding and consistency check, not proof of the formula: the wages here were worked back from the
  // published totals (premium.ts), so the formula cannot disagree with them (content audit X-2).
  it.each(KNOWN_PREMIUMS)(
    '$schemeYear: wage $averageMonthlyWage × 0.8% × 12 rounds to $total, and its parts add up',
    (known) => {
      expect(premiumFor(known.averageMonthlyWage)).toBe(known.total);
      expect(known.subsidy + known.paidByStudent).toBeCloseTo(known.total, 2);
    },
  );

  it('grows with the wage and is never negative', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 1000 }), (wage, more) => {
        expect(premiumFor(wage)).toBeGreaterThanOrEqual(0);
        expect(premiumFor(wage + more)).toBeGreaterThanOrEqual(premiumFor(wage));
      }),
    );
  });
});
