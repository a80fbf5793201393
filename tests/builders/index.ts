import holidayData from 'chinese-days/dist/chinese-days.json';
import { statutoryHolidays } from '@/domain/dates/holiday-estimate';
import { createWorkingDayCalendar } from '@/domain/dates/working-days';
import { cardApplicationSchema, receiptCodeSchema } from '@/domain/card/schema';
import { clinicBindingSchema } from '@/domain/clinic/schema';
import { enrolmentSchema } from '@/domain/enrolment/schema';
import { familyLinkSchema } from '@/domain/family/schema';
import { filingSchema } from '@/domain/filing/schema';
import { profileSchema, type ProfileInput } from '@/domain/profile/schema';
import { shanghaiEnrolmentSchema } from '@/domain/shanghai/schema';
import { customTodoSchema, stepStateSchema } from '@/domain/todo/schema';
import { TIMELINE_TABLES, type TimelineRecords } from '@/domain/tables';

/** Deterministic, valid records for tests: each builder returns `schema.parse(defaults + overrides)`. */

export const VALID_RESIDENT_ID = '440303200506151230'; // born 2005-06-15

/** The bank's card form's fields, in its order, by the Chinese names the form shows (seed 000). */
export const BANK_FORM_FIELDS = [
  '证件号码',
  '户口性质',
  '文化程度',
  '发证机关',
  '移动电话',
  '详细地址',
  '社保照片回执码',
  '领取网点',
] as const;

export function buildProfile(overrides: Partial<ProfileInput> = {}) {
  return profileSchema.parse({
    id: 'profile-1',
    name: '李明',
    idType: 'resident-id',
    idNumber: VALID_RESIDENT_ID,
    mobile: '13800138000',
    dateOfBirth: '2005-06-15',
    city: 'shenzhen',
    school: 'Shenzhen Technology University',
    studentNumber: '2023001',
    entryDate: '2023-09-01',
    hukouType: 'nonlocal-urban',
    educationLevel: 'bachelor',
    idIssuingAuthority: '深圳市公安局',
    shenzhenAddress: '深圳市坪山区石井街道兰田路 3002 号',
    hasWorkingChildCard: false,
    ...overrides,
  });
}

export function buildReceiptCode(overrides: Record<string, unknown> = {}) {
  return receiptCodeSchema.parse({
    id: 'receipt-1',
    profileId: 'profile-1',
    code: 'A1B2C3D4E5F',
    obtainedVia: 'photo-studio',
    obtainedOn: '2023-09-05',
    ...overrides,
  });
}

export function buildCardApplication(overrides: Record<string, unknown> = {}) {
  return cardApplicationSchema.parse({
    id: 'card-1',
    profileId: 'profile-1',
    channel: 'bank-window',
    bank: '中信银行',
    pickupBranch: '深圳坪山支行',
    submittedOn: '2023-09-10',
    ...overrides,
  });
}

export function buildClinicBinding(overrides: Record<string, unknown> = {}) {
  return clinicBindingSchema.parse({
    id: 'binding-1',
    profileId: 'profile-1',
    name: '竹韵社区健康服务站',
    kind: 'community-health-centre',
    boundOn: '2023-10-15',
    method: 'wechat',
    ...overrides,
  });
}

export function buildEnrolment(overrides: Record<string, unknown> = {}) {
  // The notice's window of the record's own year (1–30 September), unless given.
  const year = typeof overrides.year === 'number' ? overrides.year : 2026;
  return enrolmentSchema.parse({
    id: 'enrolment-1',
    profileId: 'profile-1',
    year,
    windowStart: `${year}-09-01`,
    windowEnd: `${year}-09-30`,
    ...overrides,
  });
}

export function buildFiling(overrides: Record<string, unknown> = {}) {
  return filingSchema.parse({
    id: 'filing-1',
    profileId: 'profile-1',
    type: 'temporary-travel',
    destinationProvince: '湖南省',
    destinationCity: '长沙市',
    startDate: '2026-07-01',
    status: 'approved',
    channel: 'wechat-shenzhen-medical-security',
    ...overrides,
  });
}

export function buildShanghaiEnrolment(overrides: Record<string, unknown> = {}) {
  return shanghaiEnrolmentSchema.parse({
    id: 'shanghai-1',
    profileId: 'profile-2',
    entryYear: 2026,
    confirmedOn: '2026-09-10',
    accountResult: 'success',
    ...overrides,
  });
}

export function buildFamilyLink(overrides: Record<string, unknown> = {}) {
  return familyLinkSchema.parse({
    id: 'link-1',
    profileId: 'profile-1',
    authoriserProfileId: 'profile-3',
    relation: 'parent',
    ...overrides,
  });
}

export function buildCustomTodo(overrides: Record<string, unknown> = {}) {
  return customTodoSchema.parse({
    id: 'todo-1',
    profileId: 'profile-1',
    kind: 'custom',
    title: 'Ask the school clinic about the referral',
    dueOn: '2026-12-01',
    ...overrides,
  });
}

export function buildStepState(overrides: Record<string, unknown> = {}) {
  return stepStateSchema.parse({
    id: 'step-1',
    profileId: 'profile-1',
    kind: 'step',
    stepId: 'card.activate',
    state: 'done',
    on: '2023-10-20',
    ...overrides,
  });
}

/** A timeline's records with nothing in them: spread it and add what a test needs. */
export const NO_TIMELINE_RECORDS = Object.fromEntries(
  TIMELINE_TABLES.map((table) => [table, []]),
) as unknown as TimelineRecords;

/**
 * The mainland calendar with the package's data up to `last` only and the statutory estimate beyond it: a
 * year without a published schedule, whichever chinese-days version is installed.
 */
export function calendarWithDataUpTo(last: number) {
  const upTo = (dates: string[]) => dates.filter((d) => Number(d.slice(0, 4)) <= last);
  return createWorkingDayCalendar(
    {
      holidays: upTo(Object.keys(holidayData.holidays)),
      makeUpWorkdays: upTo(Object.keys(holidayData.workdays)),
    },
    statutoryHolidays,
  );
}

/**
 * The `onScheduleError` of tests: a schedule that throws fails the test, instead of passing as a step
 * that could not be worked out.
 */
export const failOnScheduleError = (error: unknown): never => {
  throw error;
};
