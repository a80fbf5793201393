import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildCardApplication,
  buildClinicBinding,
  buildCustomTodo,
  buildEnrolment,
  buildFamilyLink,
  buildFiling,
  buildProfile,
  buildReceiptCode,
  buildShanghaiEnrolment,
  buildStepState,
  VALID_RESIDENT_ID,
} from '../../tests/builders';
import { cardApplicationSchema, receiptCodeSchema } from './card/schema';
import { fieldErrorsFromIssues } from './common/issues';
import { isoDateSchema } from './common/schema';
import { EARLIEST_DATE, fromDayNumber, isWithinDateRange, LATEST_DATE, toDayNumber } from './dates/iso-date';
import { familyLinkSchema } from './family/schema';
import { profileDateProblems, profileSchema } from './profile/schema';
import { todoSchema } from './todo/schema';

describe('every entity has a valid builder', () => {
  it.each([
    ['profile', buildProfile],
    ['receipt code', buildReceiptCode],
    ['card application', buildCardApplication],
    ['clinic binding', buildClinicBinding],
    ['enrolment', buildEnrolment],
    ['filing', buildFiling],
    ['Shanghai enrolment', buildShanghaiEnrolment],
    ['family link', buildFamilyLink],
    ['custom to-do', buildCustomTodo],
    ['step state', buildStepState],
  ] as const)('%s', (_name, build) => {
    // A builder parses through the real schema: it throws when its defaults break the schema.
    expect(() => build()).not.toThrow();
  });
});

describe('profile schema', () => {
  const errorsOf = (input: Record<string, unknown>) => {
    const result = profileSchema.safeParse({ ...buildProfile(), ...input });
    return result.success ? {} : fieldErrorsFromIssues(result.error.issues);
  };

  it('normalises what people type: trimmed name, upper-case x, +86 mobile, empty optionals', () => {
    const profile = buildProfile({
      name: '  Ana García ',
      idNumber: '11010519491231002x',
      dateOfBirth: '1949-12-31',
      mobile: '+86 138-0013-8000',
      school: '   ',
    });
    expect(profile.name).toBe('Ana García');
    expect(profile.idNumber).toBe('11010519491231002X');
    expect(profile.mobile).toBe('13800138000');
    expect(profile.school).toBeUndefined();
  });

  it.each([
    [{ name: '' }, 'name', 'profile:errors.nameRequired'],
    [{ mobile: '+852 9123 4567' }, 'mobile', 'profile:errors.mobileForeign'],
    [{ idNumber: '440303200506151231' }, 'idNumber', 'profile:errors.idNumber.checkDigit'],
    [{ idNumber: '' }, 'idNumber', 'profile:errors.idNumber.required'],
    [{ idType: 'passport', idNumber: '护照' }, 'idNumber', 'profile:errors.idNumberFormat.passport'],
    [{ mobile: '1380013800' }, 'mobile', 'profile:errors.mobile'],
    [{ dateOfBirth: '2005-06-16' }, 'dateOfBirth', 'profile:errors.dateOfBirthMismatch'],
    [{ dateOfBirth: '2005-02-30' }, 'dateOfBirth', 'validation:date'],
    [{ city: 'beijing' }, 'city', 'validation:choose'],
    [{ idType: 'driving-licence' }, 'idType', 'validation:choose'],
  ])('%o is refused at %s with %s', (input, field, key) => {
    expect(errorsOf(input)[field]?.key).toBe(key);
  });

  it('does not compare a passport holder’s date of birth with the ID number', () => {
    expect(errorsOf({ idType: 'passport', idNumber: 'E12345678', dateOfBirth: '2001-01-01' })).toEqual({});
  });

  it('refuses a future date of birth and an entry before birth, given today', () => {
    expect(profileDateProblems({ dateOfBirth: '2026-11-23', entryDate: undefined }, '2026-11-22')).toEqual([
      { field: 'dateOfBirth', key: 'profile:errors.dateOfBirthFuture' },
    ]);
    expect(profileDateProblems({ dateOfBirth: '2026-11-22', entryDate: undefined }, '2026-11-22')).toEqual(
      [],
    );
    expect(profileDateProblems({ dateOfBirth: '2005-06-15', entryDate: '2005-06-14' }, '2026-11-22')).toEqual(
      [{ field: 'entryDate', key: 'profile:errors.entryBeforeBirth' }],
    );
  });

  it('keeps the builder’s resident ID valid', () => {
    expect(buildProfile().idNumber).toBe(VALID_RESIDENT_ID);
  });
});

describe('card schemas', () => {
  it('stores a receipt code upper case without spaces or dashes', () => {
    expect(buildReceiptCode({ code: 'a1b2-c3d4 e5f' }).code).toBe('A1B2C3D4E5F');
  });

  it.each([
    ['A1B2C3D4E5', 'card:errors.receiptCode.length'],
    ['A1B2C3D4E5!', 'card:errors.receiptCode.characters'],
  ])('refuses receipt code %s', (code, key) => {
    const result = receiptCodeSchema.safeParse({ id: 'r', profileId: 'p', code });
    expect(result.success).toBe(false);
    expect(fieldErrorsFromIssues(result.error!.issues).code?.key).toBe(key);
  });

  it.each([
    [
      { submittedOn: '2023-09-10', pickedUpOn: '2023-09-09' },
      'pickedUpOn',
      'card:errors.pickedUpBeforeSubmitted',
    ],
    [
      { pickedUpOn: '2023-09-20', activatedOn: '2023-09-19' },
      'activatedOn',
      'card:errors.activatedBeforePickedUp',
    ],
    [{ activatedOn: '2023-09-19' }, 'activatedOn', 'card:errors.activatedWithoutPickup'],
  ])('refuses dates out of order: %o', (dates, field, key) => {
    const result = cardApplicationSchema.safeParse({
      id: 'c',
      profileId: 'p',
      channel: 'bank-online',
      ...dates,
    });
    expect(result.success).toBe(false);
    expect(fieldErrorsFromIssues(result.error!.issues)[field]?.key).toBe(key);
  });

  it('accepts the same day for submission, pickup and activation (instant issue)', () => {
    const day = '2023-09-10';
    expect(() =>
      buildCardApplication({ channel: 'instant-issue', submittedOn: day, pickedUpOn: day, activatedOn: day }),
    ).not.toThrow();
  });
});

describe('other schemas', () => {
  it('refuses a family link from a person to themselves', () => {
    const result = familyLinkSchema.safeParse({
      id: 'l',
      profileId: 'p',
      authoriserProfileId: 'p',
      relation: 'parent',
    });
    expect(result.success).toBe(false);
  });

  it('tells custom to-dos from step states by kind', () => {
    expect(todoSchema.parse(buildCustomTodo()).kind).toBe('custom');
    expect(todoSchema.parse(buildStepState()).kind).toBe('step');
    expect(todoSchema.safeParse({ ...buildStepState(), kind: 'other' }).success).toBe(false);
  });
});

describe('dates a person or a file may give', () => {
  const firstIssue = (date: string) => {
    const result = isoDateSchema.safeParse(date);
    return result.success ? null : result.error.issues[0]?.message;
  };
  const dayNumbers = fc.integer({ min: toDayNumber('1600-01-01'), max: toDayNumber('9999-12-31') });

  it('takes 1900-01-01 to 2099-12-31 and refuses the days just outside, saying which range', () => {
    expect(firstIssue(EARLIEST_DATE)).toBeNull();
    expect(firstIssue(LATEST_DATE)).toBeNull();
    expect(firstIssue('1899-12-31')).toBe('validation:dateRange');
    expect(firstIssue('2100-01-01')).toBe('validation:dateRange');
    expect(firstIssue('9999-12-20')).toBe('validation:dateRange');
    expect(firstIssue('2026-02-30')).toBe('validation:date');
  });

  it('accepts exactly the real dates within the range (property)', () => {
    fc.assert(
      fc.property(dayNumbers, (n) => {
        const date = fromDayNumber(n);
        const inside = date >= EARLIEST_DATE && date <= LATEST_DATE;
        expect(isoDateSchema.safeParse(date).success).toBe(inside);
        expect(isWithinDateRange(date)).toBe(inside);
      }),
    );
  });

  it('refuses a card application submitted in the year 9999, which no working-day count could date', () => {
    const result = cardApplicationSchema.safeParse({
      ...buildCardApplication(),
      submittedOn: '9999-12-20',
    });
    expect(result.success).toBe(false);
    expect(fieldErrorsFromIssues(result.error!.issues).submittedOn).toEqual({ key: 'validation:dateRange' });
  });
});
