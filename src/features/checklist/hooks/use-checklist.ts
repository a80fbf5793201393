import { usePersonQuery } from '@/components/people/use-person-query';
import { loadCardJourney } from '@/data/repositories/card';
import { listStepStates } from '@/data/repositories/step-states';

/** The person's card data and checklist ticks, kept live; never another person's while switching. */
export function useChecklist(profileId: string | undefined) {
  return usePersonQuery(
    profileId,
    async (id) => {
      const [card, states] = await Promise.all([loadCardJourney(id), listStepStates(id)]);
      const ticked = new Set(
        states.filter((s) => s.stepId.startsWith('checklist.') && s.state === 'done').map((s) => s.stepId),
      );
      return { card, ticked };
    },
    { card: { receiptCode: undefined, application: undefined }, ticked: new Set<string>() },
  );
}
