import { useLiveQuery } from 'dexie-react-hooks';
import { listFilings } from '@/data/repositories/filings';

export function useFilings(profileId: string | undefined) {
  const result = useLiveQuery(
    async () => ({ profileId, filings: profileId ? await listFilings(profileId) : [] }),
    [profileId],
  );
  return result && result.profileId === profileId ? result.filings : undefined;
}
