import {
  normalizeResidentId,
  residentIdBirthDate,
  residentIdCheckCharacter,
  residentIdProblem,
} from './resident-id';

/** Identity documents a student or family member may hold. Labels live in locales (profile:idTypes.*). */
export const ID_TYPES = [
  'resident-id',
  'passport',
  'hk-macao-permit',
  'taiwan-permit',
  'hmt-residence-permit',
  'foreign-permanent-resident-id',
] as const;
export type IdType = (typeof ID_TYPES)[number];

export type IdNumberProblem = 'required' | 'format' | 'region' | 'birthDate' | 'checkDigit';

/**
 * Documents of Hong Kong, Macao and Taiwan residents: 港澳居民来往内地通行证, 台湾居民来往大陆通行证 and the
 * 港澳台居民居住证. Their holders have no hukou, get the receipt code in person (local guide), and in Shanghai
 * get the physical card instead of the e-voucher (seed 002).
 */
export const HMT_ID_TYPES: readonly IdType[] = ['hk-macao-permit', 'taiwan-permit', 'hmt-residence-permit'];
export const isHmtDocument = (idType: string) => (HMT_ID_TYPES as readonly string[]).includes(idType);

/** Documents that carry a date of birth in their number (GB 11643 layout): filled in and checked from it. */
export const hasBirthDateInNumber = (idType: string) =>
  idType === 'resident-id' || idType === 'hmt-residence-permit';

/**
 * The bank's card form asks 户口性质 and 发证机关 of resident ID holders only: a Hong Kong, Macao, Taiwan or
 * foreign resident has no hukou, and the issuing authority is the one on the back of the resident ID card.
 */
export const asksHukouAndAuthority = (idType: string) => idType === 'resident-id';

export function normalizeIdNumber(value: string): string {
  return normalizeResidentId(value);
}

/** 港澳台居民居住证: 18 characters like a resident ID, with 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan). */
function residencePermitProblem(id: string): IdNumberProblem | null {
  if (!/^8[123]0000\d{11}[\dX]$/.test(id)) return 'format';
  if (!residentIdBirthDate(id)) return 'birthDate';
  if (residentIdCheckCharacter(id.slice(0, 17)) !== id[17]) return 'checkDigit';
  return null;
}

/**
 * Checks an ID number against its document type. The resident ID card is checked fully (GB 11643), the
 * 港澳台居民居住证 too (same layout, its own region codes); the others by their published shapes:
 * 港澳居民来往内地通行证 H/M + 8 or 10 digits, 台湾居民来往大陆通行证 8 or 10 digits, 外国人永久居留身份证
 * 3 letters + 12 digits (2004 card) or 18 characters starting 9 (2023 card), passports 5–20 letters and digits.
 */
export function idNumberProblem(idType: IdType, value: string): IdNumberProblem | null {
  const id = normalizeIdNumber(value);
  if (id === '') return 'required';
  switch (idType) {
    case 'resident-id':
      return residentIdProblem(id);
    case 'hmt-residence-permit':
      return residencePermitProblem(id);
    case 'passport':
      return /^[A-Z0-9]{5,20}$/.test(id) ? null : 'format';
    case 'hk-macao-permit':
      return /^[HM]\d{8}(\d{2})?$/.test(id) ? null : 'format';
    case 'taiwan-permit':
      return /^\d{8}(\d{2})?$/.test(id) ? null : 'format';
    case 'foreign-permanent-resident-id':
      return /^([A-Z]{3}\d{12}|9\d{16}[\dX])$/.test(id) ? null : 'format';
  }
}

/** The message key for a problem: a wrong shape says the expected shape of that document. */
export function idNumberProblemKey(idType: IdType, problem: IdNumberProblem): string {
  return problem === 'format'
    ? `profile:errors.idNumberFormat.${idType}`
    : `profile:errors.idNumber.${problem}`;
}
