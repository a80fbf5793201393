import type { Transaction } from 'dexie';

/** One Dexie schema version: the full `stores` of that version and an optional data upgrade. */
export interface Migration {
  version: number;
  stores: Record<string, string | null>;
  /** Runs once when a database of an older version is opened. Use `tx.table(name)`, never live constants. */
  upgrade?: (tx: Transaction) => Promise<void> | void;
}
