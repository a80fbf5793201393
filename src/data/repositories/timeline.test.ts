import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildProfile } from '../../../tests/builders';
import { db } from '../db';
import { loadTimelineInput, readInPages, reportScheduleError } from './timeline';

afterEach(async () => {
  await db.delete();
  await db.open();
});

const todo = (id: string, profileId: string) => ({
  id,
  profileId,
  kind: 'custom' as const,
  title: `Task ${id}`,
});

describe('reading the timeline a page at a time', () => {
  it('returns every record exactly once, whatever the count around the page size', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 1_600 }), async (count) => {
        await db.todos.clear();
        await db.todos.bulkAdd(Array.from({ length: count }, (_, i) => todo(`t-${i}`, 'p')));
        const all = await readInPages(db.todos);
        expect(all).toHaveLength(count);
        expect(new Set(all.map((t) => t.id)).size).toBe(count);
      }),
      { numRuns: 8 },
    );
  });

  it('gives the engine all people and records', async () => {
    const person = buildProfile();
    await db.profiles.add(person);
    await db.todos.bulkAdd(Array.from({ length: 1_234 }, (_, i) => todo(`t-${i}`, person.id)));
    const input = await loadTimelineInput();
    expect(input.profiles.map((p) => p.id)).toEqual([person.id]);
    expect(input.records.todos).toHaveLength(1_234);
  });
});

describe('a schedule that throws', () => {
  it('is reported as an error of the page, naming the step, with the error itself as its cause', () => {
    const reportError = vi.fn();
    vi.stubGlobal('reportError', reportError);
    try {
      const bug = new TypeError("Cannot read properties of undefined (reading 'boundOn')");
      reportScheduleError(bug, { ruleId: 'clinic.bind' });
      expect(reportError).toHaveBeenCalledTimes(1);
      const reported = reportError.mock.calls[0]![0] as Error;
      expect(reported.message).toContain('clinic.bind');
      expect(reported.cause).toBe(bug);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
