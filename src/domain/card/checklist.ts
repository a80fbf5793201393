import { addressLacksDoorNumber } from '../identity/address';
import { asksHukouAndAuthority } from '../identity/id-document';
import type { Profile } from '../profile/schema';
import type { CardApplication, ReceiptCode } from './schema';

/** What to bring to the bank counter (seeds 000, 001). Ticks are saved as step states `checklist.<id>`. */
export const BRING_ITEMS = ['own-id', 'receipt-code', 'phone'] as const;
export type BringItem = (typeof BRING_ITEMS)[number];
export const bringStepId = (item: BringItem) => `checklist.${item}`;

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
