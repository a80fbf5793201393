/**
 * The social-security photo receipt code (社保数码照片回执码 / 回执号): 11 characters, letters upper case
 * (seed 000, 2021-10-11). Typed lower case, with spaces or dashes, it is stored upper case and compact.
 */
export const RECEIPT_CODE_LENGTH = 11;

export function normalizeReceiptCode(value: string): string {
  return value.replace(/[\s-]/g, '').toUpperCase();
}

export type ReceiptCodeProblem = 'length' | 'characters';

export function receiptCodeProblem(value: string): ReceiptCodeProblem | null {
  const code = normalizeReceiptCode(value);
  if (!/^[0-9A-Z]*$/.test(code)) return 'characters';
  if (code.length !== RECEIPT_CODE_LENGTH) return 'length';
  return null;
}

export function isValidReceiptCode(value: string): boolean {
  return receiptCodeProblem(value) === null;
}
