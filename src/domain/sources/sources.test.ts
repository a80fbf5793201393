import { describe, expect, it } from 'vitest';
import { factReviewDue, FACTS, getFact, isFactStale, SOURCES, statedBase } from './sources';

// content audit H-6
describe('when a rule was last checked, honestly', () => {
  it('a fact known only from seed 000 is as of the seed’s date, and due a year later', () => {
    const fact = getFact('clinic.not-reimbursed');
    expect(fact.checkedOn).toBe('2021-10-11');
    expect(factReviewDue(fact)).toBe('2022-10-11');
    expect(isFactStale(fact, '2022-10-11')).toBe(false);
    expect(isFactStale(fact, '2022-10-12')).toBe(true);
  });

  // content re-audit R-7
  it('a yearly figure comes due when the next year’s period opens', () => {
    // One school's 2025 payment period is out of date once the 2026 period opens, not at the end of 2026.
    const payment = getFact('shanghai.payment');
    expect(payment.checkedOn).toEqual({ year: 2025, approximate: false });
    expect(factReviewDue(payment)).toBe('2026-11-14');
    expect(isFactStale(payment, '2026-11-14')).toBe(false);
    expect(isFactStale(payment, '2026-11-15')).toBe(true);
    // Shenzhen's window (seed 001, about 2022): due when the 2023 window opened.
    expect(factReviewDue(getFact('enrolment.window'))).toBe('2023-09-01');
  });

  it('a rule that is not a yearly figure still comes due a year after its source', () => {
    const late = getFact('shanghai.late-enrolment');
    expect(factReviewDue(late)).toBe('2026-12-31');
  });

  it('a fact whose sources give no date says so, and is always due for a check', () => {
    const late = getFact('enrolment.late');
    expect(late.checkedOn).toBeNull();
    expect(factReviewDue(late)).toBeNull();
    expect(isFactStale(late, '2023-01-01')).toBe(true);
  });

  it('no fact claims a check later than the newest date its sources state', () => {
    for (const fact of Object.values(FACTS)) {
      const newest = fact.sourceIds
        .map((id) => statedBase(SOURCES[id].statedOn) ?? '')
        .sort()
        .at(-1)!;
      expect(statedBase(fact.checkedOn) ?? '', fact.id).toBe(newest);
    }
  });

  it('gives no year to the newer sources docs/domain.md leaves undated', () => {
    for (const id of [
      'sz-late-payment',
      'sz-card-wait-guides',
      'sz-receipt-code-guide',
      'excluded-students-notices',
    ] as const)
      expect(SOURCES[id].statedOn).toBeNull();
  });
});
