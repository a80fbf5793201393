import { addDays, compareIsoDates, daysBetween, type IsoDate } from '../dates/iso-date';
import type { TimelineItem } from './types';

export interface TimelineGroups {
  overdue: TimelineItem[];
  thisWeek: TimelineItem[];
  later: TimelineItem[];
  done: TimelineItem[];
}

/** The day that matters for an open item: its deadline or the day it becomes possible. */
export function keyDate(item: TimelineItem): IsoDate | undefined {
  if (item.meaning === 'deadline') return item.window?.end ?? item.date;
  return item.window?.start ?? item.date;
}

/** Overdue; this week (due now, or dated within 7 days); later; done (and skipped; past notes left out). */
export function groupTimeline(items: readonly TimelineItem[], today: IsoDate): TimelineGroups {
  const weekEnd = addDays(today, 7);
  const groups: TimelineGroups = { overdue: [], thisWeek: [], later: [], done: [] };
  for (const item of items) {
    if (item.status === 'done' || item.status === 'skipped') {
      // A note whose day has passed is not work done: a new to-do never opens with "Done (1)" (UX review 3,
      // L11). Notes cannot be marked, so every done one is such a note.
      if (item.meaning !== 'info') groups.done.push(item);
    } else if (item.status === 'overdue') groups.overdue.push(item);
    else {
      const start = item.window?.start ?? item.date;
      const soon = start !== undefined && compareIsoDates(start, weekEnd) <= 0;
      if ((item.status === 'due' && item.meaning !== 'info') || (item.status !== 'waiting' && soon))
        groups.thisWeek.push(item);
      else groups.later.push(item);
    }
  }
  groups.done.reverse(); // most recent first
  return groups;
}

/** Open items whose key date is within the next 3 days (today included): highlighted when the app opens. */
export function isDueSoon(item: TimelineItem, today: IsoDate, days = 3): boolean {
  if (item.status === 'done' || item.status === 'skipped' || item.status === 'waiting') return false;
  const date = keyDate(item);
  if (!date) return false;
  const until = daysBetween(today, date);
  return until >= 0 && until <= days;
}

/** Open items whose key date is tomorrow: the ones a notification reminds of. */
export function dueTomorrow(items: readonly TimelineItem[], today: IsoDate): TimelineItem[] {
  const tomorrow = addDays(today, 1);
  return items.filter((i) => i.status !== 'done' && i.status !== 'skipped' && keyDate(i) === tomorrow);
}
