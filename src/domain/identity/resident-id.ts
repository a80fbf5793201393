import { formatIsoDate, parseIsoDate, type IsoDate } from '../dates/iso-date';

/** GB 11643-1999: weights for the first 17 digits and the check character for (sum mod 11). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = '10X98765432';

export type ResidentIdProblem = 'format' | 'region' | 'birthDate' | 'checkDigit';

/** Strips spaces and dashes and upper-cases a trailing x, as people type it. */
export function normalizeResidentId(value: string): string {
  return value.replace(/[\s-]/g, '').toUpperCase();
}

export function residentIdCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARACTERS[sum % 11]!;
}

/** The date of birth written in positions 7–14, or null when it is not a calendar date. */
export function residentIdBirthDate(id: string): IsoDate | null {
  const parts = parseIsoDate(`${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`);
  if (!parts || parts.year < 1900) return null;
  return formatIsoDate(parts);
}

/** The first problem with an 18-character resident identity card number, or null when it is valid. */
export function residentIdProblem(value: string): ResidentIdProblem | null {
  const id = normalizeResidentId(value);
  if (!/^\d{17}[\dX]$/.test(id)) return 'format';
  if (id[0] === '0' || id[0] === '9') return 'region';
  if (!residentIdBirthDate(id)) return 'birthDate';
  if (residentIdCheckCharacter(id.slice(0, 17)) !== id[17]) return 'checkDigit';
  return null;
}

export function isValidResidentId(value: string): boolean {
  return residentIdProblem(value) === null;
}

/** Shows the first 6 and last 4 characters only: 110105********002X. */
export function maskIdNumber(value: string): string {
  if (value.length <= 6) return '•'.repeat(value.length);
  const head = value.length >= 15 ? 6 : 2;
  const tail = value.length >= 15 ? 4 : 2;
  return value.slice(0, head) + '*'.repeat(Math.max(0, value.length - head - tail)) + value.slice(-tail);
}
