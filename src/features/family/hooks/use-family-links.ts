import { useLiveQuery } from 'dexie-react-hooks';
import { listFamilyLinks } from '@/data/repositories/family';

export function useFamilyLinks(memberId: string | undefined) {
  const result = useLiveQuery(
    async () => ({ memberId, links: memberId ? await listFamilyLinks(memberId) : [] }),
    [memberId],
  );
  return result && result.memberId === memberId ? result.links : undefined;
}
