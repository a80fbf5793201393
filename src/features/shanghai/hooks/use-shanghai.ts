import { useLiveQuery } from 'dexie-react-hooks';
import { getShanghaiEnrolment } from '@/data/repositories/shanghai';

export function useShanghaiEnrolment(profileId: string | undefined) {
  const result = useLiveQuery(
    async () => ({ profileId, record: profileId ? await getShanghaiEnrolment(profileId) : undefined }),
    [profileId],
  );
  return result && result.profileId === profileId ? { record: result.record } : undefined;
}
