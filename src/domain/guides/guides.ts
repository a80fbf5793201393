/**
 * One guide per procedure in the seeds. The text is translation keys `guides:guides.<id>.*`
 * (title, summary, intro, steps.1…n, notes.1…m); the facts each guide relies on come from domain/sources,
 * so a changed or stale fact shows on the guide too.
 */
export interface Guide {
  id: string;
  steps: number;
  notes: number;
  factIds: readonly string[];
  /** The app screen where the procedure is recorded. */
  screen?: string;
  /**
   * 'questions' for a guide of questions and their answers (the parents' guide), each entry starting with
   * its question: shown as questions, not as numbered steps (UX review 3, L12).
   */
  kind?: 'steps' | 'questions';
}

export const GUIDES: readonly Guide[] = [
  {
    // A family member's three questions (UX review 2.3): paying, linking an account, the e-voucher.
    id: 'parents',
    kind: 'questions',
    steps: 3,
    notes: 2,
    factIds: [
      'enrolment.premium',
      'shanghai.payment',
      'family.conditions',
      'family.sharing-2023',
      'family.child-e-voucher',
      'family.e-voucher-vs-card',
    ],
    screen: '/family',
  },
  {
    id: 'card',
    steps: 6,
    notes: 3,
    factIds: [
      'card.receipt-code',
      'card.bank-online',
      'card.bank-window',
      'card.instant-issue',
      'card.activation',
      'card.skip-with-child-card',
    ],
    screen: '/card',
  },
  {
    id: 'clinic',
    steps: 4,
    notes: 3,
    factIds: [
      'clinic.outpatient-bound-only',
      'clinic.lock-one-month',
      'clinic.age-rule',
      'clinic.not-reimbursed',
      'clinic.methods',
    ],
    screen: '/clinic',
  },
  {
    id: 'enrolment',
    steps: 4,
    notes: 4,
    factIds: [
      'enrolment.window',
      'enrolment.premium',
      'enrolment.premium.known',
      'enrolment.late',
      'scheme.tier2',
      'scheme.resident-insurance-2023',
    ],
    screen: '/clinic',
  },
  {
    id: 'family',
    steps: 5,
    notes: 3,
    factIds: ['family.conditions', 'family.sharing-2023', 'family.order', 'family.link-data'],
    screen: '/family',
  },
  {
    id: 'e-voucher',
    steps: 4,
    notes: 2,
    factIds: ['family.child-e-voucher', 'family.e-voucher-vs-card'],
    screen: '/family',
  },
  {
    id: 'filing',
    steps: 5,
    notes: 5,
    factIds: [
      'filing.who',
      'filing.validity',
      'filing.supersede',
      'filing.channels',
      'filing.temporary-6-months',
    ],
    screen: '/filings',
  },
  {
    id: 'shanghai',
    steps: 5,
    notes: 3,
    factIds: [
      'shanghai.confirm',
      'shanghai.e-voucher',
      'shanghai.free-cover',
      'shanghai.benefits',
      'shanghai.late-enrolment',
      'shanghai.payment',
    ],
    screen: '/shanghai',
  },
  {
    id: 'not-covered',
    steps: 3,
    notes: 2,
    factIds: ['scheme.international-students'],
  },
];

export function findGuide(id: string): Guide | undefined {
  return GUIDES.find((g) => g.id === id);
}
