import type { CardJourney } from '@/data/repositories/card';

/** What the card form holds while the user types: the receipt code and the application, as strings. */
export interface CardFormValues {
  code: string;
  obtainedVia: string;
  obtainedOn: string;
  channel: string;
  bank: string;
  pickupBranch: string;
  submittedOn: string;
  expectedReadyOverride: string;
  pickedUpOn: string;
  activatedOn: string;
}

const RECEIPT_FIELDS = ['code', 'obtainedVia', 'obtainedOn'] as const;
const APPLICATION_FIELDS = [
  'channel',
  'bank',
  'pickupBranch',
  'submittedOn',
  'expectedReadyOverride',
  'pickedUpOn',
  'activatedOn',
] as const;

export function formValuesFromJourney({ receiptCode, application }: CardJourney): CardFormValues {
  return {
    code: receiptCode?.code ?? '',
    obtainedVia: receiptCode?.obtainedVia ?? '',
    obtainedOn: receiptCode?.obtainedOn ?? '',
    channel: application?.channel ?? '',
    bank: application?.bank ?? '',
    pickupBranch: application?.pickupBranch ?? '',
    submittedOn: application?.submittedOn ?? '',
    expectedReadyOverride: application?.expectedReadyOverride ?? '',
    pickedUpOn: application?.pickedUpOn ?? '',
    activatedOn: application?.activatedOn ?? '',
  };
}

const pick = <K extends keyof CardFormValues>(values: CardFormValues, keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, values[key]])) as Pick<CardFormValues, K>;
const allEmpty = (part: Record<string, string>) => Object.values(part).every((v) => v.trim() === '');

/** The two parts to validate and store; `null` for a part the user left (or made) entirely empty. */
export function journeyInputFromForm(values: CardFormValues) {
  const receipt = pick(values, RECEIPT_FIELDS);
  const application = pick(values, APPLICATION_FIELDS);
  return {
    receiptCode: allEmpty(receipt) ? null : receipt,
    application: allEmpty(application) ? null : application,
  };
}

export function sameCardValues(a: CardFormValues, b: CardFormValues): boolean {
  return (Object.keys(a) as (keyof CardFormValues)[]).every((key) => a[key] === b[key]);
}
