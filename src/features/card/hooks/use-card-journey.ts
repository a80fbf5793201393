import { useLiveQuery } from 'dexie-react-hooks';
import { loadCardJourney, type CardJourney } from '@/data/repositories/card';

/**
 * The person's receipt code and application, kept live. `undefined` while loading, and while switching
 * person (the previous person's data is never handed out for the new one).
 */
export function useCardJourney(profileId: string | undefined): CardJourney | undefined {
  const result = useLiveQuery(
    async () => ({
      profileId,
      journey: profileId
        ? await loadCardJourney(profileId)
        : { receiptCode: undefined, application: undefined },
    }),
    [profileId],
  );
  return result && result.profileId === profileId ? result.journey : undefined;
}
