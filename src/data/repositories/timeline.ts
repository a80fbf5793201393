import type { EntityTable } from 'dexie';
import { chinaWorkingDays } from '@/domain/dates/china-holidays';
import type { IsoDate } from '@/domain/dates/iso-date';
import { buildTimeline, mergeTimelines, recordsByPerson } from '@/domain/timeline/build-timeline';
import { TIMELINE_RULES } from '@/domain/timeline/rules';
import { TIMELINE_TABLES, type TimelineRecords } from '@/domain/tables';
import type { TimelineItem } from '@/domain/timeline/types';
import type { Profile } from '@/domain/profile/schema';
import { db } from '../db';
import { listProfiles } from './profile-list';

/** Records read per request: each page is copied out of the database in its own short task. */
const PAGE = 500;

/**
 * A whole table, a page at a time by primary key: with 10,000 records, one request would copy them all
 * onto the page in a single long task; pages keep every task short and the screen responsive.
 */
export async function readInPages<T extends { id: string }>(table: EntityTable<T, 'id'>): Promise<T[]> {
  const all: T[] = [];
  let last: string | undefined;
  for (;;) {
    const query = last === undefined ? table.orderBy(':id') : table.where(':id').above(last);
    const page = await query.limit(PAGE).toArray();
    all.push(...page);
    if (page.length < PAGE) return all;
    last = page[page.length - 1]!.id;
  }
}

/** Everything the timeline engine reads, in one read transaction. */
export async function loadTimelineInput(): Promise<{ profiles: Profile[]; records: TimelineRecords }> {
  return db.transaction('r', [db.profiles, ...TIMELINE_TABLES.map((name) => db[name])], async () => {
    const [profiles, ...lists] = await Promise.all([
      listProfiles(),
      ...TIMELINE_TABLES.map((name) => readInPages(db[name] as EntityTable<{ id: string }, 'id'>)),
    ]);
    const records = Object.fromEntries(TIMELINE_TABLES.map((name, i) => [name, lists[i]]));
    return { profiles, records: records as unknown as TimelineRecords };
  });
}

/**
 * A schedule that threw is reported as an error of the page (the browser's console, and any error
 * listener), while the to-do shows that one step could not be worked out and everything else.
 */
export function reportScheduleError(error: unknown, where: { ruleId: string }): void {
  const reported = new Error(`The to-do step ${where.ruleId} could not be worked out`, { cause: error });
  if (typeof globalThis.reportError === 'function') globalThis.reportError(reported);
  else console.error(reported);
}

/** The to-do of everyone on the phone for `today`, from what `loadTimelineInput` read. */
export function timelineOf(
  input: { profiles: readonly Profile[]; records: TimelineRecords },
  today: IsoDate,
): TimelineItem[] {
  return buildTimeline({
    profiles: input.profiles,
    records: input.records,
    rules: TIMELINE_RULES,
    today,
    calendar: chinaWorkingDays,
    onScheduleError: reportScheduleError,
  });
}

/**
 * The same to-do as `timelineOf`, worked out one person at a time with `pause` between them (the browser
 * handles a tap or a key in between): with a family's 10,000 records, one person's part is a short task on
 * a slow phone, where the whole would hold the main thread for a fifth of a second.
 */
export async function timelineInSteps(
  input: { profiles: readonly Profile[]; records: TimelineRecords },
  today: IsoDate,
  pause: () => Promise<void>,
): Promise<TimelineItem[]> {
  const mine = recordsByPerson(input.profiles, input.records);
  await pause();
  const each: TimelineItem[][] = [];
  for (const profile of input.profiles) {
    each.push(timelineOf({ profiles: [profile], records: mine.get(profile.id)! }, today));
    await pause();
  }
  return mergeTimelines(each);
}
