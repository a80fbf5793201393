/** An address shown masked: the district-level start stays readable, the street and door number do not. */
export function maskAddress(value: string): string {
  const chars = [...value.trim()];
  if (chars.length <= 4) return '*'.repeat(chars.length);
  const keep = Math.min(6, Math.floor(chars.length / 2));
  return chars.slice(0, keep).join('') + '*'.repeat(Math.min(8, chars.length - keep));
}

/**
 * The card form wants the Shenzhen address "down to the door number" (seed 000). An address with no digit
 * at all (no building or door number) is probably not complete.
 */
export function addressLacksDoorNumber(value: string): boolean {
  return !/[0-9０-９]/.test(value);
}
