import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOnePerPersonTable, keepOnePerKey, newerOf, ONE_PER_PERSON, recordGist } from './one-per-person';

const r = (id: string, extra: Record<string, unknown> = {}) => ({ id, profileId: 'p', ...extra });

describe('which of two versions is the newer edit', () => {
  it('the later updatedAt wins, whatever the dates inside', () => {
    const a = r('a', { updatedAt: '2026-11-02T00:00:00.000Z', obtainedOn: '2020-01-01' });
    const b = r('b', { updatedAt: '2026-11-01T00:00:00.000Z', obtainedOn: '2026-01-01' });
    expect(newerOf(a, b)).toBe(a);
    expect(newerOf(b, a)).toBe(a);
  });

  it('a dated version beats an undated one', () => {
    const dated = r('a', { updatedAt: '2026-01-01T00:00:00.000Z' });
    expect(newerOf(r('z'), dated)).toBe(dated);
  });

  it('without updatedAt, the one that has got further (its latest date), then the larger id', () => {
    const further = r('a', { submittedOn: '2023-09-10', pickedUpOn: '2023-09-26' });
    const earlier = r('b', { submittedOn: '2023-09-12' });
    expect(newerOf(earlier, further)).toBe(further);
    expect(newerOf(further, earlier)).toBe(further);
    expect(newerOf(r('a'), r('b'))).toEqual(r('b'));
    expect(newerOf(r('b'), r('a'))).toEqual(r('b'));
    // Strings that are not dates do not count as dates.
    expect(newerOf(r('b', { code: '9999-99-99' }), r('a', { on: '2020-01-01' }))).toEqual(
      r('a', { on: '2020-01-01' }),
    );
  });

  it('is the same choice in either order (a property)', () => {
    const version = fc.record({
      id: fc.constantFrom('a', 'b', 'c'),
      profileId: fc.constant('p'),
      updatedAt: fc.option(fc.constantFrom('2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z'), {
        nil: undefined,
      }),
      on: fc.option(fc.constantFrom('2025-01-01', '2025-06-01'), { nil: undefined }),
    });
    fc.assert(
      fc.property(version, version, (a, b) => {
        fc.pre(a.id !== b.id);
        expect(newerOf(a, b)).toBe(newerOf(b, a));
      }),
    );
  });
});

describe('one record per key', () => {
  it('knows its tables and their keys', () => {
    expect(isOnePerPersonTable('receiptCodes')).toBe(true);
    expect(isOnePerPersonTable('todos')).toBe(false);
    expect(isOnePerPersonTable('toString')).toBe(false);
    expect(ONE_PER_PERSON.enrolments({ profileId: 'p', year: 2026 })).toBe('p|2026');
    expect(ONE_PER_PERSON.receiptCodes({ profileId: 'p' })).toBe('p');
  });

  it('keeps the newest of each key, in the original order, and lists every set that had more than one', () => {
    const records = [
      r('old', { year: 2026, confirmedOn: '2026-09-01' }),
      { ...r('other-year'), year: 2025 },
      r('new', { year: 2026, confirmedOn: '2026-09-15' }),
      { id: 'q1', profileId: 'q', year: 2026 },
    ];
    const { records: kept, merged } = keepOnePerKey('enrolments', records);
    expect(kept.map((x) => x.id)).toEqual(['other-year', 'new', 'q1']);
    expect(merged).toEqual([
      { table: 'enrolments', profileId: 'p', kept: records[2], removed: [records[0]] },
    ]);
  });

  it('changes nothing where every key is already alone', () => {
    const records = [r('a'), { id: 'b', profileId: 'q' }];
    expect(keepOnePerKey('receiptCodes', records)).toEqual({ records, merged: [] });
  });
});

describe('what a person recognises a record by', () => {
  it('gives the code, bank or year with the date that matters, and nothing that is not one', () => {
    expect(recordGist('receiptCodes', { code: 'A1B2C3D4E5F', obtainedOn: '2023-09-05' })).toEqual({
      label: 'A1B2C3D4E5F',
      date: '2023-09-05',
    });
    expect(recordGist('cardApplications', { bank: '中信银行', submittedOn: '2023-09-10' })).toEqual({
      label: '中信银行',
      date: '2023-09-10',
    });
    expect(recordGist('enrolments', { year: 2026, confirmedOn: '2026-09-15' })).toEqual({
      label: '2026',
      date: '2026-09-15',
    });
    expect(recordGist('shanghaiEnrolments', { confirmedOn: '2026-09-08' })).toEqual({ date: '2026-09-08' });
    expect(recordGist('receiptCodes', { code: '', obtainedOn: 'yesterday' })).toEqual({
      label: undefined,
      date: undefined,
    });
    expect(recordGist('cardApplications', { bank: 'x'.repeat(150) }).label).toHaveLength(100);
  });
});
