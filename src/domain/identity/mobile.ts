/** Mainland China mobile numbers: 11 digits starting 13–19, optionally typed with +86, spaces or dashes. */
export function normalizeMobile(value: string): string {
  const compact = value.replace(/[\s\-()]/g, '');
  return compact.replace(/^(\+86|0086)/, '');
}

export function isValidMobile(value: string): boolean {
  return /^1[3-9]\d{9}$/.test(normalizeMobile(value));
}

export function maskMobile(value: string): string {
  const mobile = normalizeMobile(value);
  return mobile.length === 11 ? `${mobile.slice(0, 3)}****${mobile.slice(7)}` : mobile;
}
