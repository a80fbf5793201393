/**
 * A tiny bus between the data layer and the app frame, so the frame can tell the user about the database
 * (another tab upgraded it, it is blocked, or storage is unavailable) without loading Dexie itself.
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
