import { describe, expect, it } from 'vitest';
import { buildClinicBinding } from '../../../tests/builders';
import { bindingProblems } from './binding-checks';

const TODAY = '2026-11-22';
const A = buildClinicBinding({ id: 'a', name: 'A 社康', boundOn: '2026-01-31' });
/** The problems of a community health centre binding `id` on `boundOn`, beside `others`. */
const centreOn = (id: string, boundOn: string, others = [A]) =>
  bindingProblems({ id, kind: 'community-health-centre', boundOn }, others, undefined, TODAY);

describe('checking a binding before it is saved', () => {
  it('refuses a date in the future, and nothing else about that date', () => {
    expect(centreOn('new', '2026-11-23')).toEqual([{ field: 'boundOn', key: 'validation:future' }]);
    expect(
      bindingProblems({ id: 'new', kind: 'community-health-centre', boundOn: TODAY }, [], undefined, TODAY),
    ).toEqual([]);
  });

  it.each([
    ['2026-02-27', true],
    ['2026-02-28', false],
    ['2026-03-15', false],
  ])('a new binding on %s inside the lock of one from 31 January: %s', (boundOn, locked) => {
    const problems = centreOn('new', boundOn);
    expect(problems).toEqual(
      locked ? [{ field: 'boundOn', key: 'clinic:errors.locked', clinic: 'A 社康', from: '2026-02-28' }] : [],
    );
  });

  it('compares with the binding before it, not one after it, and never with itself', () => {
    const later = buildClinicBinding({ id: 'b', name: 'B 社康', boundOn: '2026-06-01' });
    // Correcting the earlier binding's own date: the later one is not "before" it.
    expect(centreOn('a', '2026-02-01', [A, later])).toEqual([]);
    // The binding being corrected does not lock itself.
    expect(centreOn('b', '2026-06-02', [A, later])).toEqual([]);
    // A new binding after the later one is checked against the later one.
    expect(centreOn('new', '2026-06-15', [A, later])).toEqual([
      { field: 'boundOn', key: 'clinic:errors.locked', clinic: 'B 社康', from: '2026-07-01' },
    ]);
  });

  it.each([
    ['2012-11-23', undefined], // 13 on the day: a hospital is allowed
    ['2012-11-22', 14], // 14 on the day: a 社康 only
    ['2005-06-15', 21],
  ])('a hospital for someone born %s: refused at %s', (dateOfBirth, age) => {
    const problems = bindingProblems({ id: 'new', kind: 'hospital', boundOn: TODAY }, [], dateOfBirth, TODAY);
    expect(problems).toEqual(
      age === undefined ? [] : [{ field: 'kind', key: 'clinic:errors.hospitalAge', age }],
    );
  });

  it('takes a community health centre at any age, and a hospital when the birth date is unknown', () => {
    expect(
      bindingProblems(
        { id: 'new', kind: 'community-health-centre', boundOn: TODAY },
        [],
        '1990-01-01',
        TODAY,
      ),
    ).toEqual([]);
    expect(bindingProblems({ id: 'new', kind: 'hospital', boundOn: TODAY }, [], undefined, TODAY)).toEqual(
      [],
    );
  });
});
