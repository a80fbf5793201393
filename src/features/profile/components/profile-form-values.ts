import type { Profile, ProfileInput } from '@/domain/profile/schema';

/** What the profile form holds while the user types: strings for every input, as typed. */
export interface ProfileFormValues {
  name: string;
  idType: string;
  idNumber: string;
  mobile: string;
  dateOfBirth: string;
  city: string;
  school: string;
  studentNumber: string;
  entryDate: string;
  hukouType: string;
  educationLevel: string;
  idIssuingAuthority: string;
  shenzhenAddress: string;
  hasWorkingChildCard: boolean;
  enrolledBySchool: boolean;
}

export const EMPTY_PROFILE_FORM: ProfileFormValues = {
  name: '',
  idType: 'resident-id',
  idNumber: '',
  mobile: '',
  dateOfBirth: '',
  city: 'shenzhen',
  school: '',
  studentNumber: '',
  entryDate: '',
  hukouType: '',
  educationLevel: '',
  idIssuingAuthority: '',
  shenzhenAddress: '',
  hasWorkingChildCard: false,
  enrolledBySchool: false,
};

/**
 * The form's values for a person, or for a new one: empty, with the first visit's answers (the student's
 * city and document) already chosen.
 */
export function formValuesFromProfile(
  profile: Profile | undefined,
  start?: { city: string; idType: string },
): ProfileFormValues {
  if (!profile)
    return start ? { ...EMPTY_PROFILE_FORM, city: start.city, idType: start.idType } : EMPTY_PROFILE_FORM;
  return {
    name: profile.name,
    idType: profile.idType,
    idNumber: profile.idNumber,
    mobile: profile.mobile ?? '',
    dateOfBirth: profile.dateOfBirth ?? '',
    city: profile.city,
    school: profile.school ?? '',
    studentNumber: profile.studentNumber ?? '',
    entryDate: profile.entryDate ?? '',
    hukouType: profile.hukouType ?? '',
    educationLevel: profile.educationLevel ?? '',
    idIssuingAuthority: profile.idIssuingAuthority ?? '',
    shenzhenAddress: profile.shenzhenAddress ?? '',
    hasWorkingChildCard: profile.hasWorkingChildCard,
    enrolledBySchool: profile.enrolledBySchool ?? false,
  };
}

/** The form's values as schema input (the schema trims, normalises and checks them). */
export function profileInputFromForm(values: ProfileFormValues, id: string | undefined): ProfileInput {
  const { enrolledBySchool, ...rest } = values;
  // Only a passport holder answers it; nobody else stores it.
  return {
    ...rest,
    ...(values.idType === 'passport' && enrolledBySchool ? { enrolledBySchool: true } : {}),
    id: id ?? 'new',
  } as ProfileInput;
}

export function sameFormValues(a: ProfileFormValues, b: ProfileFormValues): boolean {
  return (Object.keys(a) as (keyof ProfileFormValues)[]).every((key) => a[key] === b[key]);
}

type ProfileStrings = import('i18next').CustomTypeOptions['resources']['profile'];
/** A hint under a profile field (`profile:hints.*`): typed, so a misspelt hint fails the typecheck. */
export type ProfileHint = keyof ProfileStrings['hints'];
/** The lists of choices the profile form translates (`profile:<group>.<value>`). */
export type OptionGroup = 'idTypes' | 'cities' | 'educationLevels' | 'hukouTypes';
