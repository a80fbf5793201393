import { describe, expect, it } from 'vitest';
import { buildEnrolment, buildShanghaiEnrolment } from '../../tests/builders';
import { cardDateProblems } from './card/journey';
import { enrolmentSchema } from './enrolment/schema';
import { premiumFor } from './enrolment/premium';
import { shanghaiEnrolmentSchema } from './shanghai/schema';
import { factAppliesOn, getFact } from './sources/sources';

const messages = (result: {
  success: boolean;
  error?: { issues: { message: string; path: PropertyKey[] }[] };
}) => (result.success ? [] : result.error!.issues.map((i) => [i.path.join('.'), i.message]));

describe('the rules between a record’s own dates', () => {
  it('an enrolment window cannot end before it starts (the same day is fine)', () => {
    const base = buildEnrolment();
    expect(
      messages(enrolmentSchema.safeParse({ ...base, windowStart: '2026-09-10', windowEnd: '2026-09-09' })),
    ).toEqual([['windowEnd', 'validation:endBeforeStart']]);
    expect(
      enrolmentSchema.safeParse({ ...base, windowStart: '2026-09-10', windowEnd: '2026-09-10' }).success,
    ).toBe(true);
    expect(
      enrolmentSchema.safeParse({ ...base, windowStart: '2026-09-10', windowEnd: undefined }).success,
    ).toBe(true);
  });

  it('an enrolment window years away from its year is refused as a typo of the year', () => {
    const base = buildEnrolment({ year: 2027 });
    expect(
      messages(enrolmentSchema.safeParse({ ...base, windowStart: '2072-09-01', windowEnd: '2072-09-30' })),
    ).toEqual([
      ['windowStart', 'validation:outsideYear'],
      ['windowEnd', 'validation:outsideYear'],
    ]);
    // A window running into the next year (a school's December extension) is fine.
    expect(
      enrolmentSchema.safeParse({ ...base, windowStart: '2027-09-01', windowEnd: '2028-01-15' }).success,
    ).toBe(true);
  });

  it('a Shanghai e-voucher is activated after confirming, and a payment window ends after it starts', () => {
    const base = buildShanghaiEnrolment({ confirmedOn: '2026-09-10' });
    expect(
      messages(shanghaiEnrolmentSchema.safeParse({ ...base, eVoucherActivatedOn: '2026-09-10' })),
    ).toEqual([['eVoucherActivatedOn', 'shanghai:errors.activatedTooEarly']]);
    expect(shanghaiEnrolmentSchema.safeParse({ ...base, eVoucherActivatedOn: '2026-09-11' }).success).toBe(
      true,
    );
    const withPayment = (payment: Record<string, unknown>) =>
      shanghaiEnrolmentSchema.safeParse({ ...base, payments: [{ year: 2026, ...payment }] });
    expect(messages(withPayment({ windowStart: '2026-11-14', windowEnd: '2026-11-13' }))).toEqual([
      ['payments.0.windowEnd', 'validation:endBeforeStart'],
    ]);
    expect(withPayment({ windowStart: '2026-11-14', windowEnd: '2026-11-14' }).success).toBe(true);
    // A period or payment years away from the year it is for is refused (a typo of the year).
    expect(messages(withPayment({ windowStart: '2029-11-14', windowEnd: '2029-12-05' }))).toEqual([
      ['payments.0.windowStart', 'validation:outsideYear'],
      ['payments.0.windowEnd', 'validation:outsideYear'],
    ]);
    expect(withPayment({ paidOn: '2027-01-10' }).success).toBe(true);
    expect(withPayment({ paidOn: '2025-12-31' }).success).toBe(false);
    // One entry per year.
    expect(
      shanghaiEnrolmentSchema.safeParse({ ...base, payments: [{ year: 2026 }, { year: 2026 }] }).success,
    ).toBe(false);
  });

  it('no card date is in the future, today included as the past', () => {
    expect(
      cardDateProblems(
        { obtainedOn: '2026-11-22', submittedOn: '2026-11-23', activatedOn: undefined },
        '2026-11-22',
      ),
    ).toEqual([{ field: 'submittedOn', key: 'validation:future' }]);
    expect(cardDateProblems({}, '2026-11-22')).toEqual([]);
  });

  it('a premium needs a real, non-negative wage', () => {
    expect(premiumFor(0)).toBe(0);
    expect(premiumFor(13_635)).toBe(1308.96);
    for (const wage of [-1, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => premiumFor(wage)).toThrow(RangeError);
  });
});

describe('which rule applies on a day', () => {
  it.each([
    ['2023-09-30', false, true],
    ['2023-10-01', true, false],
    ['2026-11-29', true, false],
  ])('on %s the 2023 family rule applies: %s; the seed’s: %s', (day, newer, seed) => {
    expect(factAppliesOn(getFact('family.sharing-2023'), day)).toBe(newer);
    expect(factAppliesOn(getFact('family.conditions'), day)).toBe(seed);
  });

  it('a fact with no period applies on any day; an unknown fact is an error, not a guess', () => {
    expect(factAppliesOn(getFact('clinic.lock-one-month'), '1999-01-01')).toBe(true);
    expect(() => getFact('no.such.fact')).toThrow('Unknown policy fact: no.such.fact');
  });
});
