import { usePersonQuery } from '@/components/people/use-person-query';
import { getShanghaiEnrolment } from '@/data/repositories/shanghai';
import { listStepStates } from '@/data/repositories/step-states';

/** The person's Shanghai record and their answers to the to-do's Shanghai steps, kept live. */
export function useShanghaiEnrolment(profileId: string | undefined) {
  return usePersonQuery(
    profileId,
    async (id) => {
      const [record, states] = await Promise.all([getShanghaiEnrolment(id), listStepStates(id)]);
      return { record, answered: new Set(states.map((s) => s.stepId)) };
    },
    { record: undefined, answered: new Set<string>() },
  );
}
