import type { Transaction } from 'dexie';
import {
  keepOnePerKey,
  ONE_PER_PERSON_TABLES,
  recordGist,
  type VersionedRecord,
} from '@/domain/records/one-per-person';
import type { UpgradeReport } from '@/domain/settings/schema';
import { migration0001Initial } from './0001-initial';
import type { Migration } from './migration';

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
      const rows = (await tx.table(name).toArray()) as (VersionedRecord & { authoriserProfileId?: string })[];
      const orphans = rows.filter(
        (row) =>
          !people.has(row.profileId) ||
          (name === 'familyLinks' && !people.has(row.authoriserProfileId ?? '')),
      );
      orphansRemoved += orphans.length;
      await tx.table(name).bulkDelete(orphans.map((row) => row.id));
    }

    const merged: UpgradeReport['merged'] = [];
    for (const name of ONE_PER_PERSON_TABLES) {
      const rows = (await tx.table(name).toArray()) as (VersionedRecord & Record<string, unknown>)[];
      const result = keepOnePerKey(name, rows);
      for (const set of result.merged) {
        await tx.table(name).bulkDelete(set.removed.map((row) => row.id));
        merged.push({
          table: name,
          profileName: (people.get(set.profileId) ?? '').slice(0, 60),
          kept: recordGist(name, set.kept),
          removed: set.removed.slice(0, 100).map((row) => recordGist(name, row)),
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
