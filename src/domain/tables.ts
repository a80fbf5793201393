// Kept apart from the zod schemas (its imports are types only), so that the data layer and the to-do can
// name the tables without loading zod.
import type { CardApplication, ReceiptCode } from './card/schema';
import type { ClinicBinding } from './clinic/schema';
import type { Enrolment } from './enrolment/schema';
import type { FamilyLink } from './family/schema';
import type { Filing } from './filing/schema';
import type { Profile } from './profile/schema';
import type { Settings } from './settings/schema';
import type { ShanghaiEnrolment } from './shanghai/schema';
import type { Todo } from './todo/schema';

/** What the app needs to know of a stored table, besides its records' schema. */
interface TableInfo<R> {
  /**
   * Dexie's indexes in the newest schema version. A migration copies them as a frozen literal
   * (src/data/migrations/), and a test holds the newest migration's stores to these.
   */
  indexes: string;
  /**
   * Whose records: `people` (the persons themselves), `app` (the one settings record), or `person` (each
   * record belongs to one person by `profileId`: deleting the person deletes it, and a backup leaves out a
   * record of nobody).
   */
  owner: 'people' | 'app' | 'person';
  /**
   * One record per person (per person and year for enrolments): the key that makes two records "the same
   * one". The database holds it as a unique index; import and the upgrade from version 1 fold duplicates.
   */
  onePer?: (record: R) => string;
  /** Read by the timeline engine (src/domain/timeline): its records are in `TimelineRecords`. */
  timeline?: true;
  /**
   * The backup format version that added the table: a file written before has no such table and imports it
   * as empty. Absent: in every backup format.
   */
  inBackupSince?: number;
}

/** A table whose records are of type R (a type only: nothing of R's schema is loaded here). */
const table =
  <R extends { id: string }>() =>
  <const I extends TableInfo<R>>(info: I) =>
    info as I & { readonly record?: R };

/**
 * Every table the app stores, in the order a backup writes them: the one list the Dexie type (src/data/
 * db.ts), the backup's tables and limits (src/domain/backup/schema.ts), deleting a person, the one-per-person
 * rules and the timeline's inputs are derived from. A new table: an entry here, its record schema in
 * `BACKUP_RECORD_SCHEMAS` (the typecheck asks for it), and a migration with these indexes.
 */
export const TABLES = {
  profiles: table<Profile>()({ indexes: 'id, name', owner: 'people' }),
  receiptCodes: table<ReceiptCode>()({
    indexes: 'id, &profileId',
    owner: 'person',
    onePer: (record) => record.profileId,
    timeline: true,
  }),
  cardApplications: table<CardApplication>()({
    indexes: 'id, &profileId',
    owner: 'person',
    onePer: (record) => record.profileId,
    timeline: true,
  }),
  clinicBindings: table<ClinicBinding>()({
    indexes: 'id, profileId, boundOn',
    owner: 'person',
    timeline: true,
  }),
  enrolments: table<Enrolment>()({
    indexes: 'id, profileId, year, &[profileId+year]',
    owner: 'person',
    onePer: (record) => `${record.profileId}|${String(record.year)}`,
    timeline: true,
  }),
  filings: table<Filing>()({
    indexes: 'id, profileId, startDate, status',
    owner: 'person',
    timeline: true,
  }),
  shanghaiEnrolments: table<ShanghaiEnrolment>()({
    indexes: 'id, &profileId',
    owner: 'person',
    onePer: (record) => record.profileId,
    timeline: true,
  }),
  familyLinks: table<FamilyLink>()({ indexes: 'id, profileId, authoriserProfileId', owner: 'person' }),
  todos: table<Todo>()({ indexes: 'id, profileId, kind, dueOn, stepId', owner: 'person', timeline: true }),
  settings: table<Settings>()({ indexes: 'id', owner: 'app' }),
};

type Tables = typeof TABLES;
export type TableName = keyof Tables;
/** The type of a table's records. */
export type RecordOf<T extends TableName> = NonNullable<Tables[T]['record']>;

/** Every table, in the order a backup writes them. */
export const TABLE_NAMES = Object.keys(TABLES) as readonly TableName[];

/** Tables whose records belong to one person (they have `profileId`). */
export type PersonTable = { [T in TableName]: Tables[T]['owner'] extends 'person' ? T : never }[TableName];
export const PERSON_TABLES = TABLE_NAMES.filter(
  (name): name is PersonTable => TABLES[name].owner === 'person',
);

/** Tables that hold one record per person (and year). */
export type OnePerPersonTable = {
  [T in TableName]: Tables[T] extends { onePer: unknown } ? T : never;
}[TableName];
export const ONE_PER_PERSON_TABLES = TABLE_NAMES.filter(
  (name): name is OnePerPersonTable => 'onePer' in TABLES[name],
) as unknown as readonly [OnePerPersonTable, ...OnePerPersonTable[]];

/** Tables the timeline engine reads, besides the people. */
export type TimelineTable = { [T in TableName]: Tables[T] extends { timeline: true } ? T : never }[TableName];
export const TIMELINE_TABLES = TABLE_NAMES.filter(
  (name): name is TimelineTable => 'timeline' in TABLES[name],
);

/** Every record the timeline engine reads, for all people, by table. */
export type TimelineRecords = { readonly [T in TimelineTable]: readonly RecordOf<T>[] };
