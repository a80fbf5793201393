import { compareIsoDates, type IsoDate } from '../dates/iso-date';
import { allowedClinicKinds, canChangeFrom, currentBinding, isUnderBindingAge } from './binding';
import type { ClinicBinding } from './schema';

export type BindingProblem =
  | { field: 'boundOn'; key: 'validation:future' }
  | { field: 'boundOn'; key: 'clinic:errors.locked'; clinic: string; from: IsoDate }
  | { field: 'kind'; key: 'clinic:errors.hospitalAge'; age: number };

/**
 * Checks a new or corrected binding against the person's others: not in the future; not before the
 * previous binding's lock ends; a hospital only under 14.
 */
export function bindingProblems(
  binding: Pick<ClinicBinding, 'id' | 'kind' | 'boundOn'>,
  others: readonly ClinicBinding[],
  dateOfBirth: IsoDate | undefined,
  today: IsoDate,
): BindingProblem[] {
  const problems: BindingProblem[] = [];
  if (compareIsoDates(binding.boundOn, today) > 0)
    problems.push({ field: 'boundOn', key: 'validation:future' });
  else {
    const previous = currentBinding(
      others.filter((b) => b.id !== binding.id && compareIsoDates(b.boundOn, binding.boundOn) <= 0),
    );
    if (previous && compareIsoDates(binding.boundOn, canChangeFrom(previous.boundOn)) < 0) {
      problems.push({
        field: 'boundOn',
        key: 'clinic:errors.locked',
        clinic: previous.name,
        from: canChangeFrom(previous.boundOn),
      });
    }
  }
  const allowed = allowedClinicKinds(dateOfBirth, binding.boundOn);
  if (binding.kind === 'hospital' && allowed.age !== undefined && !isUnderBindingAge(allowed.age)) {
    problems.push({ field: 'kind', key: 'clinic:errors.hospitalAge', age: allowed.age });
  }
  return problems;
}
