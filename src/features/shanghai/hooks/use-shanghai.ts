import { useLiveQuery } from 'dexie-react-hooks';
import { getShanghaiEnrolment } from '@/data/repositories/shanghai';
import { listStepStates } from '@/data/repositories/step-states';

/** The person's Shanghai record and their answers to the to-do's Shanghai steps, kept live. */
export function useShanghaiEnrolment(profileId: string | undefined) {
  const result = useLiveQuery(async () => {
    if (!profileId) return { profileId, record: undefined, answered: new Set<string>() };
    const [record, states] = await Promise.all([getShanghaiEnrolment(profileId), listStepStates(profileId)]);
    return { profileId, record, answered: new Set(states.map((s) => s.stepId)) };
  }, [profileId]);
  return result && result.profileId === profileId
    ? { record: result.record, answered: result.answered }
    : undefined;
}
