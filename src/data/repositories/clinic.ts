import { clinicBindingSchema, type ClinicBinding } from '@/domain/clinic/schema';
import { enrolmentSchema, type Enrolment } from '@/domain/enrolment/schema';
import { compareIsoDates } from '@/domain/dates/iso-date';
import { db } from '../db';
import { newId } from '../ids';
import {
  checkedForWrite,
  nextUpdatedAt,
  requirePeople,
  requireUnchanged,
  type SeenVersion,
} from './write-guards';

/** A person's bindings, oldest first (the last is the current one). */
export async function listBindings(profileId: string): Promise<ClinicBinding[]> {
  const bindings = await db.clinicBindings.where('profileId').equals(profileId).toArray();
  return bindings.sort((a, b) => compareIsoDates(a.boundOn, b.boundOn));
}

export async function saveBinding(
  input: Record<string, unknown> & { id?: string },
  seen?: SeenVersion,
): Promise<ClinicBinding> {
  const draft = clinicBindingSchema.parse({ ...input, id: input.id ?? newId() });
  return db.transaction('rw', db.profiles, db.clinicBindings, async () => {
    const binding = await checkedForWrite(db.clinicBindings, draft, Boolean(input.id), seen);
    await db.clinicBindings.put(binding);
    return binding;
  });
}

export async function deleteBinding(id: string): Promise<void> {
  await db.clinicBindings.delete(id);
}

export async function listEnrolments(profileId: string): Promise<Enrolment[]> {
  return db.enrolments.where('profileId').equals(profileId).toArray();
}

/** One record per person and year (a unique key of the database): saving a year again updates it. */
export async function saveEnrolment(input: Record<string, unknown>, seen?: SeenVersion): Promise<Enrolment> {
  return db.transaction('rw', db.profiles, db.enrolments, async () => {
    const draft = enrolmentSchema.parse({ ...input, id: 'draft' });
    await requirePeople(draft.profileId);
    const existing = await db.enrolments
      .where('[profileId+year]')
      .equals([draft.profileId, draft.year])
      .first();
    requireUnchanged(existing, seen);
    const enrolment = {
      ...draft,
      id: existing?.id ?? newId(),
      updatedAt: nextUpdatedAt(existing?.updatedAt),
    };
    await db.enrolments.put(enrolment);
    return enrolment;
  });
}
