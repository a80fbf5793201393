import { useLiveQuery } from 'dexie-react-hooks';
import { listBindings, listEnrolments } from '@/data/repositories/clinic';

/** The person's binding history and enrolment years, kept live; never another person's while switching. */
export function useClinic(profileId: string | undefined) {
  const result = useLiveQuery(async () => {
    if (!profileId) return { profileId, bindings: [], enrolments: [] };
    const [bindings, enrolments] = await Promise.all([listBindings(profileId), listEnrolments(profileId)]);
    return { profileId, bindings, enrolments };
  }, [profileId]);
  return result && result.profileId === profileId ? result : undefined;
}
