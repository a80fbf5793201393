/**
 * Shanghai university students' resident insurance benefits, 2023 (seed 002, OCR'd from a screenshot:
 * check each cell against the school's notice). Rates are the student's own share (个人自负比例).
 * Amounts are in yuan.
 */
export const BENEFITS_YEAR = 2023;

export type HospitalLevel = 1 | 2 | 3;
export type CareKind = 'campus-clinic' | 'off-campus-outpatient' | 'inpatient';
export const CARE_KINDS: readonly CareKind[] = ['campus-clinic', 'off-campus-outpatient', 'inpatient'];
export const HOSPITAL_LEVELS: readonly HospitalLevel[] = [1, 2, 3];

export const BENEFITS = {
  campusClinic: { selfPayShare: 0.2 },
  offCampusOutpatient: {
    /** 门诊起付: a yearly threshold paid by the student before insurance pays. */
    deductible: 300,
    selfPayShare: { 1: 0.3, 2: 0.4, 3: 0.5 } as Record<HospitalLevel, number>,
  },
  inpatient: {
    /** 起付标准 (元/次): per stay. */
    deductiblePerStay: { 1: 50, 2: 100, 3: 300 } as Record<HospitalLevel, number>,
    selfPayShare: { 1: 0.2, 2: 0.25, 3: 0.4 } as Record<HospitalLevel, number>,
  },
} as const;

export interface EstimateInput {
  kind: CareKind;
  level: HospitalLevel;
  /** The bill, yuan. */
  bill: number;
  /** Off-campus outpatient only: what the student already paid toward this year's deductible. */
  deductibleUsed?: number;
}

export interface Estimate {
  bill: number;
  /** The part of the bill below the deductible, paid by the student. */
  deductiblePart: number;
  /** The rest of the bill, shared. */
  sharedPart: number;
  selfPayShare: number;
  /** The student's share of the shared part. */
  sharePaid: number;
  studentPays: number;
  insurancePays: number;
  deductible: number;
}

const fen = (yuan: number) => Math.round(yuan * 100);
const yuan = (f: number) => f / 100;

/**
 * What the student and the insurance pay for one bill, step by step: first the deductible (if any), then
 * the student's share of the rest. Worked in fen so the parts always add up to the bill. An estimate.
 */
export function estimateCost({ kind, level, bill, deductibleUsed = 0 }: EstimateInput): Estimate {
  if (!Number.isFinite(bill) || bill < 0) throw new RangeError('Not a bill amount');
  const billFen = fen(bill);
  let deductibleFen = 0;
  let share: number;
  switch (kind) {
    case 'campus-clinic':
      share = BENEFITS.campusClinic.selfPayShare;
      break;
    case 'off-campus-outpatient':
      deductibleFen = Math.max(
        0,
        fen(BENEFITS.offCampusOutpatient.deductible) - fen(Math.max(0, deductibleUsed)),
      );
      share = BENEFITS.offCampusOutpatient.selfPayShare[level];
      break;
    case 'inpatient':
      deductibleFen = fen(BENEFITS.inpatient.deductiblePerStay[level]);
      share = BENEFITS.inpatient.selfPayShare[level];
      break;
  }
  const deductiblePartFen = Math.min(billFen, deductibleFen);
  const sharedFen = billFen - deductiblePartFen;
  const sharePaidFen = Math.round(sharedFen * share);
  const studentFen = deductiblePartFen + sharePaidFen;
  return {
    bill: yuan(billFen),
    deductible: yuan(deductibleFen),
    deductiblePart: yuan(deductiblePartFen),
    sharedPart: yuan(sharedFen),
    selfPayShare: share,
    sharePaid: yuan(sharePaidFen),
    studentPays: yuan(studentFen),
    insurancePays: yuan(billFen - studentFen),
  };
}
