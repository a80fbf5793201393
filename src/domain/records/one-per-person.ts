import { isIsoDate, type IsoDate } from '../dates/iso-date';
import { ONE_PER_PERSON_TABLES, TABLES, type OnePerPersonTable } from '../tables';

export { ONE_PER_PERSON_TABLES, type OnePerPersonTable };

/**
 * The key that says which records of a table that holds one record per person (per person and year for
 * enrolments) are "the same one", from the table registry (src/domain/tables.ts). The database enforces the
 * keys with unique indexes (migration 0003); backup import brings a file's data into line with
 * `keepOnePerKey`.
 */
export const ONE_PER_PERSON = Object.fromEntries(
  ONE_PER_PERSON_TABLES.map((table) => [table, TABLES[table].onePer]),
) as { [T in OnePerPersonTable]: (record: { profileId: string; year?: unknown }) => string };

export function isOnePerPersonTable(table: string): table is OnePerPersonTable {
  return Object.hasOwn(ONE_PER_PERSON, table);
}

export interface VersionedRecord {
  id: string;
  profileId: string;
  updatedAt?: string | undefined;
}

/** The latest calendar date a record holds (the furthest it has got), for records saved without `updatedAt`. */
function latestDate(record: object): IsoDate | '' {
  let latest = '';
  for (const value of Object.values(record)) {
    if (typeof value === 'string' && isIsoDate(value) && value > latest) latest = value;
  }
  return latest;
}

/**
 * Which of two versions is the newer edit: the later `updatedAt`; without one (records of version 1), the
 * one that has got further (its latest date); then, so the choice never depends on order, the larger id.
 */
export function newerOf<T extends VersionedRecord>(a: T, b: T): T {
  const byTime = (a.updatedAt ?? '').localeCompare(b.updatedAt ?? '');
  if (byTime !== 0) return byTime > 0 ? a : b;
  const byDate = latestDate(a).localeCompare(latestDate(b));
  if (byDate !== 0) return byDate > 0 ? a : b;
  return a.id >= b.id ? a : b;
}

/** A set of records that were one record twice: the one kept and the ones folded into it. */
export interface MergedDuplicates<T = VersionedRecord> {
  table: OnePerPersonTable;
  profileId: string;
  kept: T;
  removed: T[];
}

/** Keeps the newest record of each key; lists every set that had more than one. Order of `kept` is kept. */
export function keepOnePerKey<T extends VersionedRecord>(
  table: OnePerPersonTable,
  records: readonly T[],
): { records: T[]; merged: MergedDuplicates<T>[] } {
  const keyOf = ONE_PER_PERSON[table] as (record: T) => string;
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const key = keyOf(record);
    groups.set(key, [...(groups.get(key) ?? []), record]);
  }
  const keep = new Set<T>();
  const merged: MergedDuplicates<T>[] = [];
  for (const group of groups.values()) {
    const kept = group.reduce((a, b) => newerOf(a, b));
    keep.add(kept);
    if (group.length > 1)
      merged.push({ table, profileId: kept.profileId, kept, removed: group.filter((r) => r !== kept) });
  }
  return { records: records.filter((record) => keep.has(record)), merged };
}

/** What a person can recognise a record by, for the list of what was merged: its code, bank or year, and date. */
export interface RecordGist {
  label?: string | undefined;
  date?: IsoDate | undefined;
}

export function recordGist(table: OnePerPersonTable, record: Record<string, unknown>): RecordGist {
  const text = (value: unknown) =>
    typeof value === 'string' && value !== '' ? value.slice(0, 100) : undefined;
  const date = (value: unknown) => (typeof value === 'string' && isIsoDate(value) ? value : undefined);
  switch (table) {
    case 'receiptCodes':
      return { label: text(record.code), date: date(record.obtainedOn) };
    case 'cardApplications':
      return { label: text(record.bank), date: date(record.submittedOn) };
    case 'enrolments':
      return { label: String(record.year), date: date(record.confirmedOn) };
    case 'shanghaiEnrolments':
      return { date: date(record.confirmedOn) };
  }
}
