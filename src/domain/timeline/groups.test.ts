import { describe, expect, it } from 'vitest';
import { dueTomorrow, groupTimeline, isDueSoon, keyDate } from './groups';
import type { ItemStatus, TimelineItem } from './types';

const TODAY = '2026-11-22';

function item(overrides: Partial<TimelineItem> & { status: ItemStatus }): TimelineItem {
  return {
    key: `p/${overrides.stepId ?? 'step'}`,
    stepId: 'step',
    ruleId: 'rule',
    profileId: 'p',
    meaning: 'deadline',
    sortDate: TODAY,
    answered: false,
    dependsOn: [],
    sourceIds: [],
    titleKey: 'timeline:custom.title',
    params: {},
    link: '/',
    remindOn: [],
    estimated: false,
    ...overrides,
  };
}

describe('the key date of an item', () => {
  it('is the end of a deadline (its window’s end first) and the start of anything else', () => {
    expect(keyDate(item({ status: 'due', date: '2026-12-01' }))).toBe('2026-12-01');
    const window = { start: '2026-11-14', end: '2026-12-05' };
    expect(keyDate(item({ status: 'due', window, date: '2026-12-09' }))).toBe('2026-12-05');
    expect(keyDate(item({ status: 'due', meaning: 'from', window, date: '2026-12-09' }))).toBe('2026-11-14');
    expect(keyDate(item({ status: 'due', meaning: 'info', date: '2026-12-09' }))).toBe('2026-12-09');
    expect(keyDate(item({ status: 'due' }))).toBeUndefined();
  });
});

describe('grouping the to-do', () => {
  const ids = (list: TimelineItem[]) => list.map((i) => i.stepId);

  it('puts each item in exactly one group: overdue, this week, later, done (newest done first)', () => {
    const groups = groupTimeline(
      [
        item({ stepId: 'late', status: 'overdue', date: '2026-11-01' }),
        item({ stepId: 'due-now', status: 'due' }),
        item({ stepId: 'info-now', status: 'due', meaning: 'info' }),
        item({ stepId: 'in-7-days', status: 'upcoming', date: '2026-11-29' }),
        item({ stepId: 'in-8-days', status: 'upcoming', date: '2026-11-30' }),
        item({
          stepId: 'window-soon',
          status: 'upcoming',
          window: { start: '2026-11-29', end: '2027-01-01' },
        }),
        item({ stepId: 'waiting-soon', status: 'waiting', date: '2026-11-23' }),
        item({ stepId: 'undated', status: 'upcoming' }),
        item({ stepId: 'done-first', status: 'done' }),
        item({ stepId: 'skipped-second', status: 'skipped' }),
      ],
      TODAY,
    );
    expect(ids(groups.overdue)).toEqual(['late']);
    expect(ids(groups.thisWeek)).toEqual(['due-now', 'in-7-days', 'window-soon']);
    expect(ids(groups.later)).toEqual(['info-now', 'in-8-days', 'waiting-soon', 'undated']);
    expect(ids(groups.done)).toEqual(['skipped-second', 'done-first']);
  });

  // UX review 3, L11
  it('leaves a note whose day has passed out of Done: a new to-do never opens with "Done (1)"', () => {
    const groups = groupTimeline(
      [
        item({ stepId: 'past-note', status: 'done', meaning: 'info', date: '2026-08-31' }),
        item({ stepId: 'marked', status: 'done', answered: true }),
      ],
      TODAY,
    );
    expect(ids(groups.done)).toEqual(['marked']);
    expect(groups.overdue.length + groups.thisWeek.length + groups.later.length).toBe(0);
  });

  it('counts an info item dated this week as this week', () => {
    const groups = groupTimeline([item({ status: 'due', meaning: 'info', date: '2026-11-25' })], TODAY);
    expect(groups.thisWeek).toHaveLength(1);
  });
});

describe('due soon (highlighted) and due tomorrow (reminded)', () => {
  it.each([
    ['2026-11-21', false],
    ['2026-11-22', true],
    ['2026-11-25', true],
    ['2026-11-26', false],
  ])('an open deadline on %s is due soon: %s', (date, soon) => {
    expect(isDueSoon(item({ status: 'due', date }), TODAY)).toBe(soon);
  });

  it('never for done, skipped, waiting or undated items; the number of days can change', () => {
    for (const status of ['done', 'skipped', 'waiting'] as const)
      expect(isDueSoon(item({ status, date: TODAY }), TODAY)).toBe(false);
    expect(isDueSoon(item({ status: 'due' }), TODAY)).toBe(false);
    expect(isDueSoon(item({ status: 'due', date: '2026-11-29' }), TODAY, 7)).toBe(true);
    expect(isDueSoon(item({ status: 'due', date: '2026-11-30' }), TODAY, 7)).toBe(false);
  });

  it('reminds of open items whose key date is tomorrow, and of nothing else', () => {
    const items = [
      item({ stepId: 'tomorrow', status: 'due', date: '2026-11-23' }),
      item({ stepId: 'today', status: 'due', date: TODAY }),
      item({ stepId: 'done', status: 'done', date: '2026-11-23' }),
      item({ stepId: 'skipped', status: 'skipped', date: '2026-11-23' }),
      item({ stepId: 'window-ends', status: 'due', window: { start: '2026-11-01', end: '2026-11-23' } }),
    ];
    expect(dueTomorrow(items, TODAY).map((i) => i.stepId)).toEqual(['tomorrow', 'window-ends']);
  });
});
