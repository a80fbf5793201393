import { clinicBindingSchema, type ClinicBinding } from '@/domain/clinic/schema';
import { enrolmentSchema, type Enrolment } from '@/domain/enrolment/schema';
import { compareIsoDates } from '@/domain/dates/iso-date';
import { db } from '../db';
import { newId } from '../ids';

/** A person's bindings, oldest first (the last is the current one). */
export async function listBindings(profileId: string): Promise<ClinicBinding[]> {
  const bindings = await db.clinicBindings.where('profileId').equals(profileId).toArray();
  return bindings.sort((a, b) => compareIsoDates(a.boundOn, b.boundOn));
}

export async function saveBinding(input: Record<string, unknown> & { id?: string }): Promise<ClinicBinding> {
  const binding = clinicBindingSchema.parse({ ...input, id: input.id ?? newId() });
  await db.clinicBindings.put(binding);
  return binding;
}

export async function deleteBinding(id: string): Promise<void> {
  await db.clinicBindings.delete(id);
}

export async function listEnrolments(profileId: string): Promise<Enrolment[]> {
  return db.enrolments.where('profileId').equals(profileId).toArray();
}

/** One record per person and year: saving a year again updates it. */
export async function saveEnrolment(input: Record<string, unknown>): Promise<Enrolment> {
  return db.transaction('rw', db.enrolments, async () => {
    const draft = enrolmentSchema.parse({ ...input, id: 'draft' });
    const existing = (await listEnrolments(draft.profileId)).find((e) => e.year === draft.year);
    const enrolment = { ...draft, id: existing?.id ?? newId() };
    await db.enrolments.put(enrolment);
    return enrolment;
  });
}
