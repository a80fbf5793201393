import { addMonthsClamped, compareIsoDates, isWithinDateRange, type IsoDate } from '../dates/iso-date';
import { addWorkingDays, type WorkingDayCalendar } from '../dates/working-days';
import type { Profile } from '../profile/schema';
import { getFact } from '../sources/sources';
import type { CardApplication, CardChannel, ReceiptCode } from './schema';

/** How long each channel takes, as the seeds state it. */
export type ReadyRule =
  { kind: 'months'; months: number } | { kind: 'working-days'; days: number } | { kind: 'same-day' };

export interface ChannelInfo {
  channel: CardChannel;
  ready: ReadyRule;
  /** Policy facts behind this channel (see domain/sources). */
  factIds: readonly string[];
  /** Number of steps; their text is `card:channels.<channel>.steps.<n>`. */
  stepCount: number;
}

/** The three channels (seeds 000, 001). The wait times are the policy facts' values (domain/sources). */
export const CARD_CHANNEL_INFO: Readonly<Record<CardChannel, ChannelInfo>> = {
  'bank-online': {
    channel: 'bank-online',
    ready: { kind: 'months', months: Number(getFact('card.bank-online').value) },
    factIds: ['card.bank-online', 'card.bank-online.newer-wait'],
    stepCount: 5,
  },
  'bank-window': {
    channel: 'bank-window',
    ready: { kind: 'working-days', days: Number(getFact('card.bank-window').value) },
    factIds: ['card.bank-window'],
    stepCount: 4,
  },
  'instant-issue': {
    channel: 'instant-issue',
    ready: { kind: 'same-day' },
    factIds: ['card.instant-issue'],
    stepCount: 4,
  },
};

export interface ExpectedReady {
  date: IsoDate;
  /** 'override': the user's own date (e.g. from the bank's notice); otherwise worked out from the channel. */
  basis: 'override' | 'computed';
  /** Years counted Monday–Friday because the holiday data does not reach them. */
  fallbackYears: number[];
}

/** When the card should be ready to collect: the user's override, or the channel's wait from submission. */
export function expectedReady(
  application: Pick<CardApplication, 'channel' | 'submittedOn' | 'expectedReadyOverride'>,
  calendar: WorkingDayCalendar,
): ExpectedReady | null {
  if (application.expectedReadyOverride) {
    return { date: application.expectedReadyOverride, basis: 'override', fallbackYears: [] };
  }
  // A date outside the range the app takes (stored before dates were bounded) dates nothing.
  if (!application.submittedOn || !isWithinDateRange(application.submittedOn)) return null;
  const rule = CARD_CHANNEL_INFO[application.channel].ready;
  switch (rule.kind) {
    case 'same-day':
      return { date: application.submittedOn, basis: 'computed', fallbackYears: [] };
    case 'months':
      return {
        date: addMonthsClamped(application.submittedOn, rule.months),
        basis: 'computed',
        fallbackYears: [],
      };
    case 'working-days': {
      const result = addWorkingDays(calendar, application.submittedOn, rule.days);
      return { date: result.date, basis: 'computed', fallbackYears: result.fallbackYears };
    }
  }
}

export const CARD_STAGES = [
  'not-started',
  'code-ready',
  'submitted',
  'ready-to-collect',
  'collected',
  'activated',
] as const;
export type CardStage = (typeof CARD_STAGES)[number];

/** Where the person is on the card journey today. Only 'activated' gives benefits. */
export function cardStage(input: {
  receiptCode: ReceiptCode | undefined;
  application: CardApplication | undefined;
  today: IsoDate;
  calendar: WorkingDayCalendar;
}): CardStage {
  const { application } = input;
  if (application?.activatedOn) return 'activated';
  if (application?.pickedUpOn) return 'collected';
  if (application?.submittedOn) {
    const ready = expectedReady(application, input.calendar);
    return ready && compareIsoDates(input.today, ready.date) >= 0 ? 'ready-to-collect' : 'submitted';
  }
  if (input.receiptCode) return 'code-ready';
  return 'not-started';
}

/**
 * Whether this person should go through the Shenzhen card journey at all:
 * - 'not-in-scheme': international students (passport holders) are not in the scheme (university notices,
 *   medium confidence), unless they say their school enrolled them;
 * - 'other-city': insured in Shanghai, whose journey is different (seed 002);
 * - 'may-skip': already has a working Shenzhen 少儿医保 card (seed 000);
 * - 'needed' otherwise; `inPersonCode` when the receipt code must be obtained in person
 *   (HK/Macao/Taiwan and foreign documents, local guide).
 */
export function cardNeed(
  profile: Pick<Profile, 'idType' | 'city' | 'hasWorkingChildCard'> & {
    enrolledBySchool?: boolean | undefined;
  },
): {
  need: 'needed' | 'may-skip' | 'not-in-scheme' | 'other-city';
  inPersonCode: boolean;
} {
  const inPersonCode = profile.idType !== 'resident-id';
  if (profile.idType === 'passport' && !profile.enrolledBySchool)
    return { need: 'not-in-scheme', inPersonCode };
  if (profile.city !== 'shenzhen') return { need: 'other-city', inPersonCode };
  if (profile.hasWorkingChildCard) return { need: 'may-skip', inPersonCode };
  return { need: 'needed', inPersonCode };
}

/** Dates on the card form that cannot be in the future (the expected-ready override can). */
export function cardDateProblems(
  dates: Partial<Record<'obtainedOn' | 'submittedOn' | 'pickedUpOn' | 'activatedOn', IsoDate | undefined>>,
  today: IsoDate,
): { field: 'obtainedOn' | 'submittedOn' | 'pickedUpOn' | 'activatedOn'; key: string }[] {
  return (['obtainedOn', 'submittedOn', 'pickedUpOn', 'activatedOn'] as const)
    .filter((field) => {
      const date = dates[field];
      return date !== undefined && compareIsoDates(date, today) > 0;
    })
    .map((field) => ({ field, key: 'validation:future' }));
}

/** The stage each to-do step reaches once it is done (timeline rules `card.*`). */
const STAGE_AFTER_STEP: Readonly<Record<string, CardStage>> = {
  'card.receipt-code': 'code-ready',
  'card.apply': 'submitted',
  'card.collect': 'collected',
  'card.activate': 'activated',
};

/**
 * The stage with the steps the user marked done on the to-do: the card screen and the to-do tell one story
 * (UX review 1.10), even before the details are entered here. Records never move back for an answer.
 */
export function stageWithAnswers(
  stage: CardStage,
  answerOf: (stepId: string) => 'done' | 'skipped' | undefined,
): CardStage {
  let reached = CARD_STAGES.indexOf(stage);
  for (const [stepId, after] of Object.entries(STAGE_AFTER_STEP))
    if (answerOf(stepId) === 'done') reached = Math.max(reached, CARD_STAGES.indexOf(after));
  return CARD_STAGES[reached]!;
}
