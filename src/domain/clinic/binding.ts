import { addMonthsClamped, ageOn, compareIsoDates, type IsoDate } from '../dates/iso-date';
import { getFact } from '../sources/sources';
import type { ClinicBinding } from './schema';

/**
 * After binding, the clinic cannot be changed for one month (seeds 000, 001): the binding can change from
 * the same day next month, clamped to that month's end (bound 31 Jan → 28 Feb, or 29 Feb in a leap year).
 */
export function canChangeFrom(boundOn: IsoDate): IsoDate {
  return addMonthsClamped(boundOn, Number(getFact('clinic.lock-one-month').value));
}

export function isLocked(boundOn: IsoDate, today: IsoDate): boolean {
  return compareIsoDates(today, canChangeFrom(boundOn)) < 0;
}

/** The current binding: the latest by date bound (ties: the later record). */
export function currentBinding(bindings: readonly ClinicBinding[]): ClinicBinding | undefined {
  let current: ClinicBinding | undefined;
  for (const b of bindings) if (!current || compareIsoDates(b.boundOn, current.boundOn) >= 0) current = b;
  return current;
}

/** Age 14 and over binds a community health centre (社康中心); under 14 may bind a hospital of level 2 or below (seed 001). */
export const BINDING_AGE = Number(getFact('clinic.age-rule').value);

export function allowedClinicKinds(dateOfBirth: IsoDate | undefined, today: IsoDate) {
  if (!dateOfBirth) return { age: undefined, kinds: ['community-health-centre'] as const };
  const age = ageOn(dateOfBirth, today);
  return age >= BINDING_AGE
    ? { age, kinds: ['community-health-centre'] as const }
    : { age, kinds: ['community-health-centre', 'hospital'] as const };
}

export function isUnderBindingAge(age: number): boolean {
  return age < BINDING_AGE;
}
