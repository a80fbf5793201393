import { stepStateSchema, type StepState } from '@/domain/todo/schema';
import type { IsoDate } from '@/domain/dates/iso-date';
import { db } from '../db';
import { newId } from '../ids';
import { nextUpdatedAt, requirePeople } from './write-guards';

/** The person's done/skipped answers to generated steps (and checklist ticks), by step id. */
export async function listStepStates(profileId: string): Promise<StepState[]> {
  const todos = await db.todos.where('profileId').equals(profileId).toArray();
  return todos.filter((todo): todo is StepState => todo.kind === 'step');
}

/** Marks a step done or skipped on a day, or (state null) takes the answer back. */
export async function setStepState(
  profileId: string,
  stepId: string,
  state: { state: 'done' | 'skipped'; on: IsoDate; reason?: string } | null,
): Promise<void> {
  await setStepStates(profileId, [stepId], state);
}

/** The same state (or none) for several steps of one person, all in one transaction. */
export async function setStepStates(
  profileId: string,
  stepIds: readonly string[],
  state: { state: 'done' | 'skipped'; on: IsoDate; reason?: string } | null,
): Promise<void> {
  await db.transaction('rw', db.profiles, db.todos, async () => {
    await requirePeople(profileId);
    const states = await listStepStates(profileId);
    for (const stepId of stepIds) {
      const existing = states.filter((s) => s.stepId === stepId);
      await db.todos.bulkDelete(existing.map((s) => s.id));
      if (state) {
        await db.todos.put(
          stepStateSchema.parse({
            id: existing[0]?.id ?? newId(),
            profileId,
            kind: 'step',
            stepId,
            ...state,
            updatedAt: nextUpdatedAt(existing[0]?.updatedAt),
          }),
        );
      }
    }
  });
}
