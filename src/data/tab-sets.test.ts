import { describe, expect, expectTypeOf, it } from 'vitest';
import { tabSetFor, type TabSet } from '@/domain/settings/audience';
import { isTabSet, TAB_SETS } from './device-hints';

describe('tab sets', () => {
  it('the hint lists exactly the tab sets the domain decides between', () => {
    expectTypeOf<(typeof TAB_SETS)[number]>().toEqualTypeOf<TabSet>();
    expect(TAB_SETS).toEqual(['shenzhen', 'shanghai', 'family']);
    expect(isTabSet('shanghai')).toBe(true);
    expect(isTabSet('beijing')).toBe(false);
    expect(isTabSet(null)).toBe(false);
  });

  it('a family member gets the family tabs; a student those of their own city, then the answers, then the first person', () => {
    const sz = { id: 'a', city: 'shenzhen' as const };
    const sh = { id: 'b', city: 'shanghai' as const };
    const setup = { role: 'student' as const, city: 'shanghai' as const, idType: 'resident-id' as const };
    expect(tabSetFor({ ...setup, role: 'family' }, [sz], 'a')).toBe('family');
    expect(tabSetFor(setup, [sz, sh], 'a')).toBe('shenzhen');
    expect(tabSetFor(setup, [sz], undefined)).toBe('shanghai');
    expect(tabSetFor(undefined, [sh, sz], undefined)).toBe('shanghai');
    expect(tabSetFor(undefined, [], undefined)).toBe('shenzhen');
  });
});
