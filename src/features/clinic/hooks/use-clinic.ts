import { useLiveQuery } from 'dexie-react-hooks';
import { listBindings, listEnrolments } from '@/data/repositories/clinic';
import { listStepStates } from '@/data/repositories/step-states';

/**
 * The person's binding history, enrolment years and their answers to the enrolment steps of the to-do
 * ("done", or skipped: my school enrolled me), kept live; never another person's while switching.
 */
export function useClinic(profileId: string | undefined) {
  const result = useLiveQuery(async () => {
    if (!profileId) return { profileId, bindings: [], enrolments: [], answered: new Set<string>() };
    const [bindings, enrolments, states] = await Promise.all([
      listBindings(profileId),
      listEnrolments(profileId),
      listStepStates(profileId),
    ]);
    return { profileId, bindings, enrolments, answered: new Set(states.map((s) => s.stepId)) };
  }, [profileId]);
  return result && result.profileId === profileId ? result : undefined;
}
