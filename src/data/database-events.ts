/**
 * What the app frame knows of the database without loading Dexie: what happened to it (a tiny bus from the
 * data layer: another tab upgraded it, it is blocked, or storage is unavailable), and whether it exists
 * yet, so that home on a phone where the app has never stored anything can open without the database
 * layer (src/app/home-screen.ts). This file imports nothing; the first load holds it.
 */
export type DatabaseEvent =
  | { type: 'versionchange' }
  | { type: 'blocked' }
  | { type: 'unavailable'; reason: 'newer' | 'full' | 'unavailable' };

const listeners = new Set<(event: DatabaseEvent) => void>();
let last: DatabaseEvent | undefined;

export function emitDatabaseEvent(event: DatabaseEvent) {
  last = event;
  for (const listener of listeners) listener(event);
}

export function onDatabaseEvent(listener: (event: DatabaseEvent) => void): () => void {
  listeners.add(listener);
  if (last) listener(last);
  return () => listeners.delete(listener);
}

/** The app's one IndexedDB database. */
export const DATABASE_NAME = 'yibao-companion';

let openedHere = false;

/** Called by src/data/db.ts as it opens the database, which creates it on a first visit. */
export function noteDatabaseOpened(): void {
  openedHere = true;
}

/** Whether this page has opened the database: from then on it exists, whatever was checked before. */
export function databaseOpenedHere(): boolean {
  return openedHere;
}

/**
 * False only when the browser says for certain that the app's database does not exist. Where it cannot
 * say (no `indexedDB.databases()`, as in Firefox before 126; storage refused) the answer is true, and the
 * app opens the database as usual.
 */
export async function databaseMayExist(): Promise<boolean> {
  if (openedHere) return true;
  try {
    if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return true;
    const databases = await indexedDB.databases();
    return databases.some((database) => database.name === DATABASE_NAME);
  } catch {
    return true;
  }
}
