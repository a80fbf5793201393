import { usePersonQuery } from '@/components/people/use-person-query';
import { loadCardJourney, type CardJourney } from '@/data/repositories/card';
import { listStepStates } from '@/data/repositories/step-states';
import type { StepState } from '@/domain/todo/schema';

/** The card's records, and the card steps the user answered on the to-do (by step id). */
export interface CardJourneyWithAnswers extends CardJourney {
  answers: ReadonlyMap<string, StepState>;
}

/**
 * The person's receipt code and application, and their card steps' answers on the to-do, kept live.
 * `undefined` while loading, and while switching person (the previous person's data is never handed out
 * for the new one).
 */
export function useCardJourney(profileId: string | undefined): CardJourneyWithAnswers | undefined {
  return usePersonQuery(
    profileId,
    async (id) => {
      const [journey, states] = await Promise.all([loadCardJourney(id), listStepStates(id)]);
      const answers = new Map(states.filter((s) => s.stepId.startsWith('card.')).map((s) => [s.stepId, s]));
      return { ...journey, answers };
    },
    { receiptCode: undefined, application: undefined, answers: new Map() },
  );
}
