// The records of the frozen version-1 database dumps (tests/fixtures/db/v1/), as the released v1 app wrote
// them. Read only by `npm run fixtures:db`, which refuses to overwrite a dump: once made, a dump is history.
import { migration0001Initial } from '@/data/migrations/0001-initial';
import {
  buildCardApplication,
  buildClinicBinding,
  buildCustomTodo,
  buildEnrolment,
  buildFamilyLink,
  buildFiling,
  buildProfile,
  buildReceiptCode,
  buildShanghaiEnrolment,
  buildStepState,
} from '../builders';

const shenzhen = buildProfile({ id: 'p-shenzhen' });
const shanghai = buildProfile({
  id: 'p-shanghai',
  name: 'Wang Fang',
  idType: 'passport',
  idNumber: 'E12345678',
  dateOfBirth: '2006-03-01',
  city: 'shanghai',
  mobile: '',
  school: undefined,
  studentNumber: undefined,
  entryDate: '2026-09-01',
  hukouType: undefined,
  educationLevel: 'master',
  idIssuingAuthority: undefined,
  shenzhenAddress: undefined,
  hasWorkingChildCard: true,
});
const parent = buildProfile({
  id: 'p-parent',
  name: 'Li Jianguo',
  idNumber: '11010519491231002X',
  dateOfBirth: '1949-12-31',
  school: undefined,
  studentNumber: undefined,
  entryDate: undefined,
  educationLevel: undefined,
});

/** Every table, every optional field set at least once. */
export const complete = {
  profiles: [shenzhen, shanghai, parent],
  receiptCodes: [buildReceiptCode({ id: 'rc-1', profileId: 'p-shenzhen' })],
  cardApplications: [
    buildCardApplication({
      id: 'ca-1',
      profileId: 'p-shenzhen',
      expectedReadyOverride: '2023-09-25',
      pickedUpOn: '2023-09-26',
      activatedOn: '2023-09-27',
    }),
  ],
  clinicBindings: [
    buildClinicBinding({ id: 'cb-1', profileId: 'p-shenzhen', note: 'Opposite the north gate' }),
    buildClinicBinding({
      id: 'cb-2',
      profileId: 'p-shenzhen',
      name: '坪山区人民医院',
      kind: 'hospital',
      boundOn: '2024-11-02',
      method: 'on-site',
    }),
  ],
  enrolments: [
    buildEnrolment({
      id: 'en-2025',
      profileId: 'p-shenzhen',
      year: 2025,
      windowStart: '2025-09-01',
      windowEnd: '2025-12-31',
      confirmedOn: '2025-09-12',
      averageMonthlyWage: 12964,
      wageSource: '深圳市 2024 年在岗职工月平均工资',
      premiumPaid: 116.68,
    }),
    buildEnrolment({ id: 'en-2026', profileId: 'p-shenzhen', year: 2026 }),
  ],
  filings: [
    buildFiling({
      id: 'fi-1',
      profileId: 'p-shenzhen',
      submittedOn: '2026-06-28',
      reference: 'SZ-2026-0001',
      note: '实习期间',
      status: 'superseded',
      supersededBy: 'fi-2',
    }),
    buildFiling({
      id: 'fi-2',
      profileId: 'p-shenzhen',
      type: 'long-term-residence',
      startDate: '2026-08-01',
    }),
  ],
  shanghaiEnrolments: [
    buildShanghaiEnrolment({
      id: 'sh-1',
      profileId: 'p-shanghai',
      accountCheckedOn: '2026-09-20',
      eVoucherActivatedOn: '2026-09-21',
      paymentWindowStart: '2026-09-01',
      paymentWindowEnd: '2026-12-20',
      paidOn: '2026-10-01',
    }),
  ],
  familyLinks: [
    buildFamilyLink({
      id: 'fl-1',
      profileId: 'p-shenzhen',
      authoriserProfileId: 'p-parent',
      authoriserSocialSecurityNumber: '110105194912310000',
      registeredOn: '2024-01-05',
      note: '爸爸的职工医保账户',
    }),
  ],
  todos: [
    buildCustomTodo({ id: 'td-1', profileId: 'p-shenzhen', doneOn: '2026-11-30', note: '带身份证' }),
    buildStepState({ id: 'st-1', profileId: 'p-shenzhen' }),
    buildStepState({
      id: 'st-2',
      profileId: 'p-shanghai',
      stepId: 'shanghai.confirm',
      state: 'skipped',
      on: '2026-09-10',
      reason: 'The school confirmed for me',
    }),
  ],
  settings: [
    {
      id: 'app',
      language: 'zh',
      meProfileId: 'p-shenzhen',
      activeProfileId: 'p-shanghai',
      largeText: true,
      lastBackupAt: '2026-11-20T08:30:00.000Z',
    },
  ],
};

/**
 * What version 1 let through (code review §3, security review F1 and F7): two receipt codes, card
 * applications and Shanghai records for one person, two enrolments for one year (after a merge or a race),
 * and records of a person deleted in another tab.
 */
export const withDuplicatesAndOrphans = {
  ...complete,
  receiptCodes: [
    buildReceiptCode({ id: 'rc-1', profileId: 'p-shenzhen', code: 'A1B2C3D4E5F', obtainedOn: '2023-09-05' }),
    buildReceiptCode({ id: 'rc-0', profileId: 'p-shenzhen', code: 'Q1Q1Q1Q1Q1Q', obtainedOn: '2023-09-01' }),
    buildReceiptCode({ id: 'rc-ghost', profileId: 'p-deleted', code: 'Z9Z9Z9Z9Z9Z' }),
  ],
  cardApplications: [
    ...complete.cardApplications,
    buildCardApplication({
      id: 'ca-0',
      profileId: 'p-shenzhen',
      bank: '中国银行',
      submittedOn: '2023-09-02',
    }),
  ],
  enrolments: [
    ...complete.enrolments,
    buildEnrolment({ id: 'en-2026-b', profileId: 'p-shenzhen', year: 2026, confirmedOn: '2026-09-15' }),
  ],
  shanghaiEnrolments: [
    ...complete.shanghaiEnrolments,
    buildShanghaiEnrolment({ id: 'sh-0', profileId: 'p-shanghai', confirmedOn: '2026-09-08' }),
  ],
  familyLinks: [
    ...complete.familyLinks,
    buildFamilyLink({ id: 'fl-ghost', profileId: 'p-shenzhen', authoriserProfileId: 'p-deleted' }),
  ],
  todos: [...complete.todos, buildCustomTodo({ id: 'td-ghost', profileId: 'p-deleted', title: 'Orphan' })],
};

/** The stores of the version these dumps are of (make-db-dumps.mjs writes them into each dump). */
export const STORES = migration0001Initial.stores;
export { BACKUP_VERSION } from '@/domain/backup/schema';
