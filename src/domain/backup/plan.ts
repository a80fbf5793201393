import {
  isOnePerPersonTable,
  keepOnePerKey,
  newerOf,
  ONE_PER_PERSON,
  type MergedDuplicates,
  type VersionedRecord,
} from '../records/one-per-person';
import { PERSON_TABLES, TABLE_NAMES, type PersonTable, type TableName } from '../tables';
import type { BackupData } from './schema';

/**
 * What an import will do to the phone, worked out before anything is written, so the preview can say it
 * and the write (in one transaction) does exactly that. Pure: the phone's data and the file's go in, the
 * data the phone will hold comes out.
 */

export type ImportMode = 'replace' | 'merge';
/** On a merge, where the phone and the file hold different versions of one record: which one wins. */
export type Prefer = 'newer' | 'file';

/** One person or record that the phone and the file both hold, differently. */
export interface Conflict {
  table: 'profiles' | PersonTable;
  /** The person it belongs to (the phone's name for them). */
  profileName: string;
  phoneUpdatedAt?: string | undefined;
  fileUpdatedAt?: string | undefined;
  /** Which version is kept when the newer wins. */
  newer: 'phone' | 'file';
}

export interface ImportPlan {
  /** Everything the phone holds once the import is written. */
  data: BackupData;
  /** Records of the file left out because the person they belong to is in neither the file nor the phone. */
  leftOut: number;
  /** Records the file holds twice (an older app let that happen), folded into the newest. */
  fileDuplicates: MergedDuplicates[];
  /** Merge only: where the phone and the file differ. */
  conflicts: Conflict[];
  /** Merge only: people of the file whose id is taken on the phone by someone else (another ID number). */
  addedAsNewPeople: string[];
}

/** Two records alike in everything but when they were saved. */
export function sameContent(a: object, b: object): boolean {
  const strip = (record: object) =>
    Object.entries(record)
      .filter(([key, value]) => key !== 'updatedAt' && value !== undefined)
      .sort(([x], [y]) => (x < y ? -1 : 1));
  return JSON.stringify(strip(a)) === JSON.stringify(strip(b));
}

type AnyRecord = VersionedRecord & Record<string, unknown>;
const records = (data: BackupData, table: TableName) => data[table] as unknown as AnyRecord[];

/** The file's own records, made whole: one per key, and none for a person outside `people`. */
function normalise(file: BackupData, people: ReadonlySet<string>) {
  let leftOut = 0;
  const fileDuplicates: MergedDuplicates[] = [];
  const data = { ...file } as unknown as Record<TableName, AnyRecord[]>;
  for (const table of PERSON_TABLES) {
    let list = records(file, table).filter((record) => {
      const owned =
        people.has(record.profileId) &&
        (table !== 'familyLinks' || people.has(record.authoriserProfileId as string));
      if (!owned) leftOut += 1;
      return owned;
    });
    if (isOnePerPersonTable(table)) {
      const kept = keepOnePerKey(table, list);
      list = kept.records;
      fileDuplicates.push(...kept.merged);
    }
    data[table] = list;
  }
  return { data: data as unknown as BackupData, leftOut, fileDuplicates };
}

/** Settings pointing only to people the data holds; the phone's upgrade report never travels. */
function settingsFor(settings: BackupData['settings'][number] | undefined, people: ReadonlySet<string>) {
  if (!settings) return [];
  const { upgradeReport: _local, ...rest } = settings;
  const known = (id: string | undefined) => (id !== undefined && people.has(id) ? id : undefined);
  return [{ ...rest, meProfileId: known(rest.meProfileId), activeProfileId: known(rest.activeProfileId) }];
}

export function planImport(
  phone: BackupData,
  file: BackupData,
  mode: ImportMode,
  prefer: Prefer,
  newId: () => string,
): ImportPlan {
  if (mode === 'replace') {
    const people = new Set(file.profiles.map((p) => p.id));
    const { data, leftOut, fileDuplicates } = normalise(file, people);
    return {
      data: { ...data, settings: settingsFor(file.settings[0], people) },
      leftOut,
      fileDuplicates,
      conflicts: [],
      addedAsNewPeople: [],
    };
  }

  // People: the same id and the same ID document is the same person; the same id with another document
  // is someone else, who comes in under a new id (with their records).
  const phonePeople = new Map(phone.profiles.map((p) => [p.id, p]));
  const personIds = new Map<string, string>();
  const addedAsNewPeople: string[] = [];
  const incomingPeople = file.profiles.map((person) => {
    const onPhone = phonePeople.get(person.id);
    if (!onPhone || (onPhone.idType === person.idType && onPhone.idNumber === person.idNumber)) return person;
    const id = newId();
    personIds.set(person.id, id);
    addedAsNewPeople.push(person.name);
    return { ...person, id };
  });
  const repoint = (id: string) => personIds.get(id) ?? id;
  const repointed = Object.fromEntries(
    TABLE_NAMES.map((table) => [
      table,
      table === 'profiles'
        ? incomingPeople
        : table === 'settings'
          ? file.settings
          : records(file, table).map((record) => ({
              ...record,
              profileId: repoint(record.profileId),
              ...(table === 'familyLinks'
                ? { authoriserProfileId: repoint(record.authoriserProfileId as string) }
                : {}),
            })),
    ]),
  ) as unknown as BackupData;

  const people = new Set([...phone.profiles.map((p) => p.id), ...incomingPeople.map((p) => p.id)]);
  const { data: incoming, leftOut, fileDuplicates } = normalise(repointed, people);
  const nameOf = (profileId: string) =>
    phonePeople.get(profileId)?.name ?? incomingPeople.find((p) => p.id === profileId)?.name ?? '';

  const conflicts: Conflict[] = [];
  const result = {} as Record<TableName, AnyRecord[]>;
  for (const table of ['profiles', ...PERSON_TABLES] as const) {
    const kept = new Map(records(phone, table).map((record) => [record.id, record]));
    const byKey = new Map<string, AnyRecord>();
    const keyOf = isOnePerPersonTable(table)
      ? (ONE_PER_PERSON[table] as (r: AnyRecord) => string)
      : undefined;
    if (keyOf) for (const record of kept.values()) byKey.set(keyOf(record), record);
    const filings = new Map<string, string>();

    for (let record of records(incoming, table)) {
      const ownerOf = (r: AnyRecord) => (table === 'profiles' ? r.id : r.profileId);
      let sameId = kept.get(record.id);
      if (sameId && ownerOf(sameId) !== ownerOf(record)) {
        // The same id for another person's record: a different record; it keeps both under a new id.
        const id = newId();
        if (table === 'filings') filings.set(record.id, id);
        record = { ...record, id };
        sameId = undefined;
      }
      const existing = sameId ?? (keyOf ? byKey.get(keyOf(record)) : undefined);
      if (!existing) {
        kept.set(record.id, record);
        if (keyOf) byKey.set(keyOf(record), record);
        continue;
      }
      if (sameContent(existing, record)) continue;
      const newer = newerOf(existing, record) === record && record.updatedAt !== undefined ? 'file' : 'phone';
      conflicts.push({
        table,
        profileName: nameOf(ownerOf(existing)),
        phoneUpdatedAt: existing.updatedAt,
        fileUpdatedAt: record.updatedAt,
        newer,
      });
      if (prefer === 'file' || newer === 'file') {
        kept.delete(existing.id);
        kept.set(record.id, record);
        if (keyOf) byKey.set(keyOf(record), record);
      }
    }
    let list = [...kept.values()];
    if (table === 'filings' && filings.size > 0)
      list = list.map((f) =>
        typeof f.supersededBy === 'string' && filings.has(f.supersededBy)
          ? { ...f, supersededBy: filings.get(f.supersededBy) }
          : f,
      );
    result[table] = list;
  }

  const phoneSettings = phone.settings[0];
  const fileSettings = settingsFor(file.settings[0], new Set(incomingPeople.map((p) => p.id)))[0];
  const settings = phoneSettings
    ? [
        {
          ...phoneSettings,
          meProfileId: phoneSettings.meProfileId ?? fileSettings?.meProfileId,
          activeProfileId:
            phoneSettings.activeProfileId ?? fileSettings?.activeProfileId ?? incomingPeople[0]?.id,
        },
      ]
    : settingsFor(file.settings[0], people);
  return {
    data: { ...(result as unknown as BackupData), settings },
    leftOut,
    fileDuplicates,
    conflicts,
    addedAsNewPeople,
  };
}
