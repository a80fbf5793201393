import { describe, expect, it } from 'vitest';
import { addDays, daysInMonth, isLeapYear } from '../dates/iso-date';
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
  it.each(days2024)('bound %s: same day next month, clamped, locked until then', (boundOn) => {
    const [y, m, d] = boundOn.split('-').map(Number) as [number, number, number];
    const nextMonth = m === 12 ? 1 : m + 1;
    const nextYear = m === 12 ? y + 1 : y;
    const day = Math.min(d, daysInMonth(nextYear, nextMonth));
    const expected = `${nextYear}-${String(nextMonth).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    expect(canChangeFrom(boundOn)).toBe(expected);
    expect(isLocked(boundOn, boundOn)).toBe(true);
    expect(isLocked(boundOn, addDays(expected, -1))).toBe(true);
    expect(isLocked(boundOn, expected)).toBe(false);
    expect(isLeapYear(2024)).toBe(true);
  });
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
