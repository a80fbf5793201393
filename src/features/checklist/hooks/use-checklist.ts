import { useLiveQuery } from 'dexie-react-hooks';
import { loadCardJourney } from '@/data/repositories/card';
import { listStepStates } from '@/data/repositories/step-states';

/** The person's card data and checklist ticks, kept live; never another person's while switching. */
export function useChecklist(profileId: string | undefined) {
  const result = useLiveQuery(async () => {
    if (!profileId)
      return {
        profileId,
        card: { receiptCode: undefined, application: undefined },
        ticked: new Set<string>(),
      };
    const [card, states] = await Promise.all([loadCardJourney(profileId), listStepStates(profileId)]);
    const ticked = new Set(
      states.filter((s) => s.stepId.startsWith('checklist.') && s.state === 'done').map((s) => s.stepId),
    );
    return { profileId, card, ticked };
  }, [profileId]);
  return result && result.profileId === profileId ? result : undefined;
}
