import { addressLacksDoorNumber } from '../identity/address';
import { asksHukouAndAuthority } from '../identity/id-document';
import type { Profile } from '../profile/schema';
import type { CardStage } from './journey';
import type { CardApplication, ReceiptCode } from './schema';

/**
 * The two trips to the bank counter: to apply for the card (with the form's answers), and to collect it and
 * activate it there (seeds 000, 001). The checklist follows the person's stage, and anyone can choose the
 * other trip (UX review 3, L4).
 */
export const CHECKLIST_PHASES = ['apply', 'collect'] as const;
export type ChecklistPhase = (typeof CHECKLIST_PHASES)[number];

/** What to bring on each trip. Ticks are saved as step states (`bringStepId`). */
export const BRING_BY_PHASE = {
  apply: ['own-id', 'receipt-code', 'phone'],
  collect: ['own-id', 'phone'],
} as const satisfies Record<ChecklistPhase, readonly string[]>;
export type BringItem = (typeof BRING_BY_PHASE)[ChecklistPhase][number];
/** The application trip's items, whose ticks are stored as they always were. */
export const BRING_ITEMS = BRING_BY_PHASE.apply;
/** A tick's step: `checklist.<item>` on the application trip, `checklist.collect.<item>` at pickup. */
export const bringStepId = (item: BringItem, phase: ChecklistPhase = 'apply') =>
  phase === 'apply' ? `checklist.${item}` : `checklist.${phase}.${item}`;

/**
 * The trip a person's next visit to the bank is for: to apply until the application is made, then to
 * collect and activate; `done` once the card is activated.
 */
export function checklistPhase(stage: CardStage): ChecklistPhase | 'done' {
  switch (stage) {
    case 'not-started':
    case 'code-ready':
      return 'apply';
    case 'submitted':
    case 'ready-to-collect':
    case 'collected':
      return 'collect';
    case 'activated':
      return 'done';
  }
}

/** The online form's fields, in the order the bank's form asks them (seed 000). */
export const FORM_ANSWER_IDS = [
  'idNumber',
  'hukouType',
  'educationLevel',
  'idIssuingAuthority',
  'mobile',
  'shenzhenAddress',
  'receiptCode',
  'pickupBranch',
] as const;
export type FormAnswerId = (typeof FORM_ANSWER_IDS)[number];

export interface FormAnswer {
  id: FormAnswerId;
  /** The value to read out or copy, or undefined when it is missing. */
  value: string | undefined;
  /** For choice fields, the option's key (its Chinese name is shown, as on the bank's form). */
  option?: { group: 'hukou' | 'education'; value: string };
  /** Where to fill it in. */
  fixAt: '/profile' | '/card';
  /** Personal data shown masked until the user asks. */
  sensitive: boolean;
  /** A present but doubtful answer, e.g. an address with no door number. */
  warning?: 'doorNumber';
}

/**
 * The answers the bank's form asks of this person, each with its value. A holder of another document than
 * the resident ID card is not asked 户口性质 or 发证机关 (they have neither), so those are not counted missing.
 */
export function formAnswers(
  profile: Profile,
  card: { receiptCode: ReceiptCode | undefined; application: CardApplication | undefined },
): FormAnswer[] {
  const orUndefined = (value: string | undefined) => (value && value.trim() !== '' ? value : undefined);
  const answers: FormAnswer[] = [
    { id: 'idNumber', value: orUndefined(profile.idNumber), fixAt: '/profile', sensitive: true },
    {
      id: 'hukouType',
      value: profile.hukouType,
      option: profile.hukouType ? { group: 'hukou', value: profile.hukouType } : undefined,
      fixAt: '/profile',
      sensitive: false,
    },
    {
      id: 'educationLevel',
      value: profile.educationLevel,
      option: profile.educationLevel ? { group: 'education', value: profile.educationLevel } : undefined,
      fixAt: '/profile',
      sensitive: false,
    },
    {
      id: 'idIssuingAuthority',
      value: orUndefined(profile.idIssuingAuthority),
      fixAt: '/profile',
      sensitive: false,
    },
    { id: 'mobile', value: orUndefined(profile.mobile), fixAt: '/profile', sensitive: true },
    {
      id: 'shenzhenAddress',
      value: orUndefined(profile.shenzhenAddress),
      fixAt: '/profile',
      sensitive: true,
      warning:
        profile.shenzhenAddress && addressLacksDoorNumber(profile.shenzhenAddress) ? 'doorNumber' : undefined,
    },
    { id: 'receiptCode', value: card.receiptCode?.code, fixAt: '/card', sensitive: false },
    {
      id: 'pickupBranch',
      value: orUndefined(card.application?.pickupBranch),
      fixAt: '/card',
      sensitive: false,
    },
  ];
  return asksHukouAndAuthority(profile.idType)
    ? answers
    : answers.filter((answer) => answer.id !== 'hukouType' && answer.id !== 'idIssuingAuthority');
}
