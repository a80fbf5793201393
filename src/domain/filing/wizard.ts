import type { SourceId } from '../sources/sources';
import type { FilingType } from './schema';

/**
 * "Do I need to file?" (seed 004). Answers lead to one outcome; the questions and outcomes are data and
 * their wording is translation keys `filings:wizard.*`.
 */
export interface WizardAnswers {
  emergency?: 'yes' | 'no';
  /** Why the student is away. */
  reason?: 'home-holiday' | 'short-trip' | 'internship' | 'study-away' | 'referral';
  /** 'outside-mainland': home in Hong Kong, Macao or Taiwan, or abroad, where mainland cover does not apply. */
  where?: 'guangdong' | 'other-province' | 'outside-mainland';
  /** For a stay of months: a residence permit (居住证) or living there for the long term. */
  longStay?: 'yes' | 'no';
}

export type WizardOutcome =
  | 'no-filing-emergency'
  | 'no-filing-in-guangdong'
  | 'not-covered-outside-mainland'
  | 'temporary'
  | 'referral'
  | 'long-term-residence';

export type WizardStep = 'emergency' | 'reason' | 'where' | 'longStay';

export interface WizardState {
  /** The next question, or null when there is an outcome. */
  next: WizardStep | null;
  outcome: WizardOutcome | null;
  /** The filing type to start with, when the outcome is to file. */
  filingType?: FilingType;
  sourceIds: readonly SourceId[];
}

const LONG_STAY_REASONS = new Set(['internship', 'study-away']);

export function wizard(answers: WizardAnswers): WizardState {
  const seed: SourceId[] = ['seed-004'];
  if (!answers.emergency) return { next: 'emergency', outcome: null, sourceIds: seed };
  if (answers.emergency === 'yes') return { next: null, outcome: 'no-filing-emergency', sourceIds: seed };
  if (!answers.reason) return { next: 'reason', outcome: null, sourceIds: seed };
  if (answers.reason === 'referral')
    return { next: null, outcome: 'referral', filingType: 'referral', sourceIds: seed };
  if (!answers.where) return { next: 'where', outcome: null, sourceIds: seed };
  // 异地就医备案 is between mainland cities: outside the mainland the student insurance does not pay.
  // Claims for treatment outside the city exclude 境外 (seed 001).
  if (answers.where === 'outside-mainland')
    return { next: null, outcome: 'not-covered-outside-mainland', sourceIds: ['seed-004', 'seed-001'] };
  const longStayAsked = LONG_STAY_REASONS.has(answers.reason);
  if (longStayAsked && !answers.longStay) return { next: 'longStay', outcome: null, sourceIds: seed };
  if (longStayAsked && answers.longStay === 'yes')
    return { next: null, outcome: 'long-term-residence', filingType: 'long-term-residence', sourceIds: seed };
  if (answers.where === 'guangdong')
    return { next: null, outcome: 'no-filing-in-guangdong', sourceIds: seed };
  return {
    next: null,
    outcome: 'temporary',
    filingType: 'temporary-travel',
    sourceIds: ['seed-004', 'national-filing-2022'],
  };
}

/** The questions asked so far, in order, for showing and changing earlier answers. */
export function askedSteps(answers: WizardAnswers): WizardStep[] {
  const steps: WizardStep[] = [];
  let state = wizard({});
  const given: WizardAnswers = {};
  while (state.next) {
    const step = state.next;
    steps.push(step);
    const value = answers[step];
    if (!value) break;
    (given as Record<string, string>)[step] = value;
    state = wizard(given);
  }
  return steps;
}
