import { usePersonQuery } from '@/components/people/use-person-query';
import { listBindings, listEnrolments } from '@/data/repositories/clinic';
import { listStepStates } from '@/data/repositories/step-states';

/**
 * The person's binding history, enrolment years and their answers to the enrolment steps of the to-do
 * ("done", or skipped: my school enrolled me), kept live; never another person's while switching.
 */
export function useClinic(profileId: string | undefined) {
  return usePersonQuery(
    profileId,
    async (id) => {
      const [bindings, enrolments, states] = await Promise.all([
        listBindings(id),
        listEnrolments(id),
        listStepStates(id),
      ]);
      return { bindings, enrolments, answered: new Set(states.map((s) => s.stepId)) };
    },
    { bindings: [], enrolments: [], answered: new Set<string>() },
  );
}
