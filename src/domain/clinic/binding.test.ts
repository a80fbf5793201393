import { describe, expect, it } from 'vitest';
import { addDays } from '../dates/iso-date';
import { allowedClinicKinds, canChangeFrom, currentBinding, isLocked } from './binding';
import { buildClinicBinding } from '../../../tests/builders';

describe('the one-month binding lock', () => {
  it.each([
    ['2026-01-31', '2026-02-28'],
    ['2024-01-31', '2024-02-29'],
    ['2025-01-29', '2025-02-28'],
    ['2024-01-29', '2024-02-29'],
    ['2026-03-31', '2026-04-30'],
    ['2026-12-31', '2027-01-31'],
    ['2026-12-15', '2027-01-15'],
    ['2026-02-28', '2026-03-28'],
    ['2024-02-29', '2024-03-29'],
  ])('bound %s → can change from %s', (boundOn, expected) => {
    expect(canChangeFrom(boundOn)).toBe(expected);
  });

  const days2024 = Array.from({ length: 366 }, (_, i) => addDays('2024-01-01', i));
  it.each(days2024)(
    'bound %s: locked through the day before it can change, free from that day',
    (boundOn) => {
      const from = canChangeFrom(boundOn);
      // Between 28 and 31 days later (a month, clamped), never the same month-day of a shorter month plus.
      const gap = Math.round((Date.parse(from) - Date.parse(boundOn)) / 86_400_000);
      expect(gap).toBeGreaterThanOrEqual(28);
      expect(gap).toBeLessThanOrEqual(31);
      expect(isLocked(boundOn, boundOn)).toBe(true);
      expect(isLocked(boundOn, addDays(from, -1))).toBe(true);
      expect(isLocked(boundOn, from)).toBe(false);
    },
  );
});

describe('the age rule', () => {
  it.each([
    ['2012-11-23', '2026-11-22', 13, ['community-health-centre', 'hospital']],
    ['2012-11-22', '2026-11-22', 14, ['community-health-centre']],
    ['2005-06-15', '2026-11-22', 21, ['community-health-centre']],
    ['2012-02-29', '2026-02-28', 13, ['community-health-centre', 'hospital']],
    ['2012-02-29', '2026-03-01', 14, ['community-health-centre']],
  ])('born %s, on %s: age %i may bind %o', (dob, today, age, kinds) => {
    expect(allowedClinicKinds(dob, today)).toEqual({ age, kinds });
  });

  it('the current binding is the latest', () => {
    const a = buildClinicBinding({ id: 'a', boundOn: '2025-10-01' });
    const b = buildClinicBinding({ id: 'b', boundOn: '2026-03-01' });
    expect(currentBinding([b, a])?.id).toBe('b');
  });
});
