import { normalizeResidentId, residentIdProblem } from './resident-id';

/** Identity documents a student or family member may hold. Labels live in locales (profile:idTypes.*). */
export const ID_TYPES = [
  'resident-id',
  'passport',
  'hk-macao-permit',
  'taiwan-permit',
  'foreign-permanent-resident-id',
] as const;
export type IdType = (typeof ID_TYPES)[number];

export type IdNumberProblem = 'required' | 'format' | 'region' | 'birthDate' | 'checkDigit';

export function normalizeIdNumber(value: string): string {
  return normalizeResidentId(value);
}

/**
 * Checks an ID number against its document type. The resident ID card is checked fully (GB 11643);
 * the others by their published shapes: 港澳居民来往内地通行证 H/M + 8 or 10 digits, 台湾居民来往大陆通行证
 * 8 or 10 digits, 外国人永久居留身份证 3 letters + 12 digits (2004 card) or 18 characters starting 9 (2023 card),
 * passports 5–20 letters and digits.
 */
export function idNumberProblem(idType: IdType, value: string): IdNumberProblem | null {
  const id = normalizeIdNumber(value);
  if (id === '') return 'required';
  switch (idType) {
    case 'resident-id':
      return residentIdProblem(id);
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
