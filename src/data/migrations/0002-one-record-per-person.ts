import type { Transaction } from 'dexie';
import type { UpgradeReport } from '@/domain/settings/schema';
import { migration0001Initial } from './0001-initial';
import type { Migration } from './migration';

/*
 * A frozen copy of what version 2 did, as it was released: which tables hold one record per person and
 * which records are "the same one", which of two is the newer edit, and what the report says of each. The
 * live rules (src/domain/records/one-per-person.ts) may change with later record types; this migration
 * must do on an old database what it always did, so it never imports them.
 */
type Row = { id: string; profileId: string; updatedAt?: string } & Record<string, unknown>;
const ONE_PER_PERSON_V2: Record<string, (row: Row) => string> = {
  receiptCodes: (row) => row.profileId,
  cardApplications: (row) => row.profileId,
  enrolments: (row) => `${row.profileId}|${String(row.year)}`,
  shanghaiEnrolments: (row) => row.profileId,
};

/** Whether a value is a real calendar date written YYYY-MM-DD. */
function isCalendarDate(value: unknown): value is string {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return year >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The latest calendar date a record holds (the furthest it has got). */
function latestDate(row: Row): string {
  let latest = '';
  for (const value of Object.values(row)) if (isCalendarDate(value) && value > latest) latest = value;
  return latest;
}

/** The newer edit: the later `updatedAt`; without one, the record that has got further; then the larger id. */
function newerOf(a: Row, b: Row): Row {
  const byTime = (a.updatedAt ?? '').localeCompare(b.updatedAt ?? '');
  if (byTime !== 0) return byTime > 0 ? a : b;
  const byDate = latestDate(a).localeCompare(latestDate(b));
  if (byDate !== 0) return byDate > 0 ? a : b;
  return a.id >= b.id ? a : b;
}

/** What a person recognises a record by in the report: its code, bank or year, and its date. */
function gist(table: string, row: Row): { label?: string; date?: string } {
  const text = (value: unknown) =>
    typeof value === 'string' && value !== '' ? value.slice(0, 100) : undefined;
  const date = (value: unknown) => (isCalendarDate(value) ? value : undefined);
  const label =
    table === 'receiptCodes'
      ? text(row.code)
      : table === 'cardApplications'
        ? text(row.bank)
        : table === 'enrolments'
          ? String(row.year)
          : undefined;
  const on = date(
    table === 'receiptCodes'
      ? row.obtainedOn
      : table === 'cardApplications'
        ? row.submittedOn
        : row.confirmedOn,
  );
  return { ...(label === undefined ? {} : { label }), ...(on === undefined ? {} : { date: on }) };
}

/** The tables of version 1 whose records belong to a person: those it indexed by person (0001 is frozen). */
const OWNED_TABLES = Object.entries(migration0001Initial.stores)
  .filter(([, indexes]) => indexes?.includes('profileId'))
  .map(([name]) => name);

/**
 * Version 2 makes version 1's data whole before version 3 makes the rules keys of the database:
 * - records of a person no longer on the phone (a save from a stale tab) are removed;
 * - a person's second receipt code, card application or Shanghai enrolment, and a second enrolment for one
 *   year (a merge or a race let them in), are folded into the newest edit (`newerOf`).
 * Nothing goes silently: what was folded (with what the user would recognise) and how many records of
 * missing people were removed is kept in the settings' `upgradeReport`, shown once on the to-do screen.
 * Released: never edit this file.
 */
export const migration0002OneRecordPerPerson: Migration = {
  version: 2,
  stores: migration0001Initial.stores,
  async upgrade(tx: Transaction) {
    const people = new Map(
      ((await tx.table('profiles').toArray()) as { id: string; name: string }[]).map((p) => [p.id, p.name]),
    );
    let orphansRemoved = 0;
    for (const name of OWNED_TABLES) {
      const rows = (await tx.table(name).toArray()) as (Row & { authoriserProfileId?: string })[];
      const orphans = rows.filter(
        (row) =>
          !people.has(row.profileId) ||
          (name === 'familyLinks' && !people.has(row.authoriserProfileId ?? '')),
      );
      orphansRemoved += orphans.length;
      await tx.table(name).bulkDelete(orphans.map((row) => row.id));
    }

    const merged: UpgradeReport['merged'] = [];
    for (const [name, keyOf] of Object.entries(ONE_PER_PERSON_V2)) {
      const rows = (await tx.table(name).toArray()) as Row[];
      const groups = new Map<string, Row[]>();
      for (const row of rows) groups.set(keyOf(row), [...(groups.get(keyOf(row)) ?? []), row]);
      for (const group of groups.values()) {
        if (group.length < 2) continue;
        const kept = group.reduce((a, b) => newerOf(a, b));
        const removed = group.filter((row) => row !== kept);
        await tx.table(name).bulkDelete(removed.map((row) => row.id));
        merged.push({
          table: name as UpgradeReport['merged'][number]['table'],
          profileName: (people.get(kept.profileId) ?? '').slice(0, 60),
          kept: gist(name, kept),
          removed: removed.slice(0, 100).map((row) => gist(name, row)),
        });
      }
    }

    if (merged.length === 0 && orphansRemoved === 0) return;
    const report: UpgradeReport = {
      at: new Date().toISOString(),
      merged: merged.slice(0, 500),
      orphansRemoved,
    };
    const settings = (await tx.table('settings').get('app')) as Record<string, unknown> | undefined;
    await tx.table('settings').put({ id: 'app', largeText: false, ...settings, upgradeReport: report });
  },
};
