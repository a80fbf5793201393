import type { EntityTable } from 'dexie';
import type { TimelineRecords } from '@/domain/timeline/types';
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

/** The tables the timeline engine reads besides the people: every key of TimelineRecords (the type says so). */
const TIMELINE_TABLES = Object.keys({
  receiptCodes: true,
  cardApplications: true,
  clinicBindings: true,
  enrolments: true,
  filings: true,
  shanghaiEnrolments: true,
  todos: true,
} satisfies Record<keyof TimelineRecords, true>) as (keyof TimelineRecords)[];

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
