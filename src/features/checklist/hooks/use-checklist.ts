import { usePersonQuery } from '@/components/people/use-person-query';
import { loadCardJourney } from '@/data/repositories/card';
import { listStepStates } from '@/data/repositories/step-states';
import type { StepState } from '@/domain/todo/schema';

/**
 * The person's card data, their checklist ticks, and the card steps answered on the to-do (which move the
 * card's stage on, as on the card screen), kept live; never another person's while switching.
 */
export function useChecklist(profileId: string | undefined) {
  return usePersonQuery(
    profileId,
    async (id) => {
      const [card, states] = await Promise.all([loadCardJourney(id), listStepStates(id)]);
      const ticked = new Set(
        states.filter((s) => s.stepId.startsWith('checklist.') && s.state === 'done').map((s) => s.stepId),
      );
      const answers: ReadonlyMap<string, StepState> = new Map(
        states.filter((s) => s.stepId.startsWith('card.')).map((s) => [s.stepId, s]),
      );
      return { card, ticked, answers };
    },
    {
      card: { receiptCode: undefined, application: undefined },
      ticked: new Set<string>(),
      answers: new Map<string, StepState>(),
    },
  );
}
