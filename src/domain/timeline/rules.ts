import type { TimelineRule } from './types';

/**
 * The steps of each journey, in dependency order. Sources: seeds 000 and 001 (card, clinic, enrolment),
 * 004 (filings), 002 (Shanghai). Titles and details are translation keys `timeline:steps.<id>.*`.
 */
export const TIMELINE_RULES: readonly TimelineRule[] = [
  {
    // International students (passport holders) are in neither scheme (university notices, medium
    // confidence): one step that says so and where to ask, never "nothing pending" (UX review 2.1).
    id: 'scheme.not-covered',
    dependsOn: [],
    when: { scheme: 'any', audience: 'not-in-scheme' },
    schedule: 'scheme.not-covered',
    sourceIds: ['excluded-students-notices'],
    link: '/guides/not-covered',
  },
  {
    // Mainland student insurance pays on the mainland only: claims for treatment outside the city exclude
    // 境外 (seed 001); 异地就医备案 covers mainland cities (seed 004).
    id: 'hmt.border',
    dependsOn: [],
    when: { scheme: 'any', audience: 'hmt' },
    schedule: 'hmt.border',
    sourceIds: ['seed-001', 'seed-004', 'excluded-students-notices'],
    link: '/guides/not-covered',
  },
  {
    id: 'card.receipt-code',
    dependsOn: [],
    when: { scheme: 'shenzhen', needsCard: true },
    schedule: 'card.receipt-code',
    sourceIds: ['seed-000'],
    link: '/card',
    doneBy: 'own',
  },
  {
    // Apply for the card only once enrolled and paid (参保登记并成功缴费后: seed 001; seed 000's 办理对象).
    id: 'card.enrolled',
    dependsOn: [],
    when: { scheme: 'shenzhen', needsCard: true },
    schedule: 'card.enrolled',
    sourceIds: ['seed-000', 'seed-001'],
    link: '/clinic#enrolment-heading',
    doneBy: 'own',
  },
  {
    id: 'card.apply',
    dependsOn: ['card.receipt-code', 'card.enrolled'],
    when: { scheme: 'shenzhen', needsCard: true },
    schedule: 'card.apply',
    sourceIds: ['seed-000', 'seed-001'],
    link: '/card',
    doneBy: 'bank',
  },
  {
    id: 'card.collect',
    dependsOn: ['card.apply'],
    when: { scheme: 'shenzhen', needsCard: true },
    schedule: 'card.collect',
    sourceIds: ['seed-000', 'seed-001'],
    link: '/checklist',
    doneBy: 'bank',
    remindDaysBefore: [1],
  },
  {
    id: 'card.activate',
    dependsOn: ['card.collect'],
    when: { scheme: 'shenzhen', needsCard: true },
    schedule: 'card.activate',
    sourceIds: ['seed-000', 'seed-001'],
    link: '/card',
    doneBy: 'bank',
  },
  {
    // Until the card is activated, the student's own e-voucher (医保电子凭证) is the same entitlement where
    // the hospital or clinic takes it (seeds 001, 003): a first-year bound to a 社康 today is not left
    // without a way to be treated for the three weeks the card takes (UX review 3, M4). The seeds give no
    // steps to activate a Shenzhen student's own e-voucher: the step points to the official apps.
    id: 'card.e-voucher',
    dependsOn: [],
    when: { scheme: 'shenzhen', needsCard: true },
    schedule: 'card.e-voucher',
    sourceIds: ['seed-001', 'seed-003'],
    link: '/card#e-voucher-heading',
    doneBy: 'own',
  },
  {
    // Binding needs only the ID card (on site) or WeChat/the website, not the card (seed 000); until bound,
    // outpatient care is not covered (seed 001): it never waits for the card.
    id: 'clinic.bind',
    dependsOn: [],
    when: { scheme: 'shenzhen' },
    schedule: 'clinic.bind',
    sourceIds: ['seed-000', 'seed-001'],
    link: '/clinic',
    doneBy: 'own',
  },
  {
    id: 'clinic.locked',
    dependsOn: ['clinic.bind'],
    when: { scheme: 'shenzhen' },
    schedule: 'clinic.locked',
    sourceIds: ['seed-000', 'seed-001'],
    link: '/clinic',
  },
  {
    id: 'enrolment.window',
    dependsOn: [],
    when: { scheme: 'shenzhen' },
    schedule: 'enrolment.window',
    sourceIds: ['seed-001', 'sz-late-payment'],
    link: '/clinic#enrolment-heading',
    doneBy: 'payment',
    remindDaysBefore: [14, 3],
  },
  {
    id: 'filing.valid-until',
    dependsOn: [],
    when: { scheme: 'shenzhen' },
    schedule: 'filing.valid-until',
    sourceIds: ['seed-004'],
    link: '/filings',
    remindDaysBefore: [30, 7],
  },
  {
    // A draft with a start date: submit it before leaving (it covers nothing until submitted and approved;
    // channels: seed 004).
    id: 'filing.submit',
    dependsOn: [],
    when: { scheme: 'shenzhen' },
    schedule: 'filing.submit',
    sourceIds: ['seed-004'],
    link: '/filings',
    doneBy: 'own',
    remindDaysBefore: [7, 1],
  },
  {
    // Each filing in force, with its start (and end, where it has one): direct settlement there needs the
    // premium paid for the month before the treatment (seed 004).
    id: 'filing.active',
    dependsOn: [],
    when: { scheme: 'shenzhen' },
    schedule: 'filing.active',
    sourceIds: ['seed-004'],
    link: '/filings',
  },
  {
    // A submitted filing's result: 个人信息查询 → 异地就医备案信息查询 (seed 004).
    id: 'filing.check-result',
    dependsOn: [],
    when: { scheme: 'shenzhen' },
    schedule: 'filing.check-result',
    sourceIds: ['seed-004'],
    link: '/filings',
    doneBy: 'own',
    remindDaysBefore: [3],
  },
  {
    // A Shanghai-insured person's trip: the seeds hold no Shanghai filing rules (content re-audit R-10), so
    // the step says to ask Shanghai's 12393 or the school before leaving.
    id: 'filing.shanghai-ask',
    dependsOn: [],
    when: { scheme: 'shanghai' },
    schedule: 'filing.shanghai-ask',
    sourceIds: ['seed-004', 'seed-002'],
    link: '/filings',
    doneBy: 'own',
    remindDaysBefore: [7],
  },
  {
    id: 'shanghai.confirm',
    dependsOn: [],
    when: { scheme: 'shanghai' },
    schedule: 'shanghai.confirm',
    sourceIds: ['seed-002'],
    link: '/shanghai',
    doneBy: 'own',
    remindDaysBefore: [14, 3],
  },
  {
    id: 'shanghai.account',
    dependsOn: ['shanghai.confirm'],
    when: { scheme: 'shanghai' },
    schedule: 'shanghai.account',
    sourceIds: ['seed-002'],
    link: '/shanghai',
    doneBy: 'own',
  },
  {
    id: 'shanghai.e-voucher',
    dependsOn: ['shanghai.account'],
    when: { scheme: 'shanghai', getsEVoucher: true },
    schedule: 'shanghai.e-voucher',
    sourceIds: ['seed-002'],
    link: '/shanghai',
    doneBy: 'own',
  },
  {
    id: 'shanghai.cover-ends',
    dependsOn: ['shanghai.confirm'],
    when: { scheme: 'shanghai' },
    schedule: 'shanghai.cover-ends',
    sourceIds: ['seed-002'],
    link: '/shanghai',
  },
  {
    // A dated window is never hidden behind an earlier unticked step (UX review 3.2): a student who missed
    // the confirmation still has the payment period to ask about.
    id: 'shanghai.payment',
    dependsOn: [],
    when: { scheme: 'shanghai' },
    schedule: 'shanghai.payment',
    sourceIds: ['seed-002', 'sh-payment-notices', 'sh-late-enrolment-2025'],
    link: '/shanghai',
    doneBy: 'payment',
    remindDaysBefore: [7, 1],
  },
];
