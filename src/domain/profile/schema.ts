import { z } from 'zod/mini';
import { ageOn, compareIsoDates, type IsoDate } from '../dates/iso-date';
import {
  entityIdSchema,
  optionalEnum,
  optionalIsoDateSchema,
  optionalText,
  preprocess,
  requiredText,
  updatedAtSchema,
} from '../common/schema';
import {
  hasBirthDateInNumber,
  ID_TYPES,
  idNumberProblem,
  idNumberProblemKey,
  normalizeIdNumber,
} from '../identity/id-document';
import { mobileProblem, normalizeMobile } from '../identity/mobile';
import { residentIdBirthDate } from '../identity/resident-id';

export const CITIES = ['shenzhen', 'shanghai'] as const;
export type City = (typeof CITIES)[number];

/** 户口性质 as the bank's card form asks it. */
export const HUKOU_TYPES = ['local-urban', 'local-rural', 'nonlocal-urban', 'nonlocal-rural'] as const;
export type HukouType = (typeof HUKOU_TYPES)[number];

/** 文化程度 as the bank's card form asks it (seed 000 gives 大学本科 as the example). */
export const EDUCATION_LEVELS = [
  'preschool',
  'primary',
  'junior-secondary',
  'senior-secondary',
  'junior-college',
  'bachelor',
  'master',
  'doctorate',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

const profileShape = z.object({
  id: entityIdSchema,
  name: requiredText(60, { required: 'profile:errors.nameRequired' }),
  idType: z.enum(ID_TYPES, { error: 'validation:choose' }),
  idNumber: preprocess(
    (value) => (typeof value === 'string' ? normalizeIdNumber(value) : value),
    z.string().check(z.maxLength(32, { error: 'validation:tooLong' })),
  ),
  mobile: preprocess(
    (value) => (typeof value === 'string' ? normalizeMobile(value) : value),
    z.optional(
      z.string().check(
        z.refine((value) => mobileProblem(value) === null, {
          // Another region's number gets its own message: the field may wait for a mainland number.
          error: (issue) =>
            mobileProblem(String(issue.input)) === 'foreign'
              ? 'profile:errors.mobileForeign'
              : 'profile:errors.mobile',
        }),
      ),
    ),
  ),
  dateOfBirth: optionalIsoDateSchema,
  city: z.enum(CITIES, { error: 'validation:choose' }),
  school: optionalText(100),
  studentNumber: optionalText(40),
  entryDate: optionalIsoDateSchema,
  hukouType: optionalEnum(HUKOU_TYPES),
  educationLevel: optionalEnum(EDUCATION_LEVELS),
  idIssuingAuthority: optionalText(60),
  shenzhenAddress: optionalText(200),
  hasWorkingChildCard: z._default(z.boolean(), false),
  /**
   * A passport holder whose school did enrol them: university notices (medium confidence) say international
   * students are not in the scheme, so that is the default; this answer overrides it (content audit M-9).
   */
  enrolledBySchool: z.optional(z.boolean()),
  updatedAt: updatedAtSchema,
});

/**
 * A person on this device: the student, or a family member such as a child with 少儿医保.
 * Checks that involve two fields: the ID number against its type, and the resident ID's embedded
 * date of birth against the one entered.
 */
export const profileSchema = profileShape.check(
  z.superRefine((profile, ctx) => {
    const problem = idNumberProblem(profile.idType, profile.idNumber);
    if (problem) {
      ctx.addIssue({
        code: 'custom',
        path: ['idNumber'],
        message: idNumberProblemKey(profile.idType, problem),
      });
      return;
    }
    if (hasBirthDateInNumber(profile.idType) && profile.dateOfBirth) {
      if (residentIdBirthDate(profile.idNumber) !== profile.dateOfBirth) {
        ctx.addIssue({
          code: 'custom',
          path: ['dateOfBirth'],
          message: 'profile:errors.dateOfBirthMismatch',
        });
      }
    }
  }),
);
export type Profile = z.infer<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;

/** Checks that need today's date, which the domain never reads itself. */
export function profileDateProblems(profile: Pick<Profile, 'dateOfBirth' | 'entryDate'>, today: IsoDate) {
  const problems: { field: 'dateOfBirth' | 'entryDate'; key: string }[] = [];
  if (profile.dateOfBirth && compareIsoDates(profile.dateOfBirth, today) > 0) {
    problems.push({ field: 'dateOfBirth', key: 'profile:errors.dateOfBirthFuture' });
  } else if (profile.dateOfBirth && ageOn(profile.dateOfBirth, today) > 120) {
    problems.push({ field: 'dateOfBirth', key: 'profile:errors.dateOfBirthTooOld' });
  }
  if (
    profile.entryDate &&
    profile.dateOfBirth &&
    compareIsoDates(profile.entryDate, profile.dateOfBirth) < 0
  ) {
    problems.push({ field: 'entryDate', key: 'profile:errors.entryBeforeBirth' });
  }
  return problems;
}
