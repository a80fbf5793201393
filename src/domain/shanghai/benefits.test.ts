import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BENEFITS,
  CARE_KINDS,
  estimateCost,
  HOSPITAL_LEVELS,
  type CareKind,
  type HospitalLevel,
} from './benefits';

describe('the 2023 benefits table (seed 002), cell by cell', () => {
  it('campus clinic: the student pays 20%', () => {
    expect(BENEFITS.campusClinic.selfPayShare).toBe(0.2);
    expect(estimateCost({ kind: 'campus-clinic', level: 1, bill: 100 })).toMatchObject({
      studentPays: 20,
      insurancePays: 80,
    });
  });

  it.each([
    [1, 0.3, 1000, 300 + 210],
    [2, 0.4, 1000, 300 + 280],
    [3, 0.5, 1000, 300 + 350],
  ] as const)('off-campus outpatient, level %i: ¥300 deductible then %f', (level, share, bill, student) => {
    expect(BENEFITS.offCampusOutpatient.selfPayShare[level]).toBe(share);
    expect(estimateCost({ kind: 'off-campus-outpatient', level, bill })).toMatchObject({
      deductiblePart: 300,
      studentPays: student,
      insurancePays: bill - student,
    });
  });

  it.each([
    [1, 50, 0.2, 1000, 50 + 190],
    [2, 100, 0.25, 1000, 100 + 225],
    [3, 300, 0.4, 1000, 300 + 280],
  ] as const)('inpatient, level %i: ¥%i per stay then %f', (level, deductible, share, bill, student) => {
    expect(BENEFITS.inpatient.deductiblePerStay[level]).toBe(deductible);
    expect(BENEFITS.inpatient.selfPayShare[level]).toBe(share);
    expect(estimateCost({ kind: 'inpatient', level, bill })).toMatchObject({ studentPays: student });
  });

  it('a bill below the deductible is all the student’s; what was already paid this year counts', () => {
    expect(estimateCost({ kind: 'off-campus-outpatient', level: 3, bill: 120 })).toMatchObject({
      studentPays: 120,
      insurancePays: 0,
    });
    expect(
      estimateCost({ kind: 'off-campus-outpatient', level: 1, bill: 200, deductibleUsed: 250 }),
    ).toMatchObject({
      deductiblePart: 50,
      sharedPart: 150,
      studentPays: 50 + 45,
    });
  });
});

describe('estimate properties', () => {
  const kind = fc.constantFrom<CareKind>(...CARE_KINDS);
  const level = fc.constantFrom<HospitalLevel>(...HOSPITAL_LEVELS);
  const money = fc.integer({ min: 0, max: 10_000_000 }).map((f) => f / 100);

  it('never negative, never more than the bill, and the parts add up', () => {
    fc.assert(
      fc.property(kind, level, money, money, (k, l, bill, used) => {
        const e = estimateCost({ kind: k, level: l, bill, deductibleUsed: used });
        expect(e.studentPays).toBeGreaterThanOrEqual(0);
        expect(e.insurancePays).toBeGreaterThanOrEqual(0);
        expect(e.studentPays).toBeLessThanOrEqual(bill);
        expect(Math.round((e.studentPays + e.insurancePays) * 100)).toBe(Math.round(bill * 100));
        expect(Math.round((e.deductiblePart + e.sharePaid) * 100)).toBe(Math.round(e.studentPays * 100));
      }),
    );
  });

  it('is monotone in the bill: a bigger bill never costs the student (or the insurance) less', () => {
    fc.assert(
      fc.property(kind, level, money, money, (k, l, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const x = estimateCost({ kind: k, level: l, bill: low });
        const y = estimateCost({ kind: k, level: l, bill: high });
        expect(y.studentPays).toBeGreaterThanOrEqual(x.studentPays);
        expect(y.insurancePays).toBeGreaterThanOrEqual(x.insurancePays);
      }),
    );
  });
});
