/** Mainland China mobile numbers: 11 digits starting 13–19, optionally typed with +86, spaces or dashes. */
export function normalizeMobile(value: string): string {
  const compact = value.replace(/[\s\-()]/g, '');
  return compact.replace(/^(\+86|0086)/, '');
}

export function isValidMobile(value: string): boolean {
  return /^1[3-9]\d{9}$/.test(normalizeMobile(value));
}

/**
 * Why a number is not a mainland mobile: 'foreign' for one with another country's or region's code (+852,
 * 00853…), which the bank's form cannot take (the field may stay empty until there is a mainland number),
 * 'format' for anything else.
 */
export function mobileProblem(value: string): 'foreign' | 'format' | null {
  const mobile = normalizeMobile(value);
  if (mobile === '' || isValidMobile(mobile)) return null;
  return /^(\+|00)\d/.test(mobile) ? 'foreign' : 'format';
}

export function maskMobile(value: string): string {
  const mobile = normalizeMobile(value);
  return mobile.length === 11 ? `${mobile.slice(0, 3)}****${mobile.slice(7)}` : mobile;
}
