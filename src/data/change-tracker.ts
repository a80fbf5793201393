import type { Dexie } from 'dexie';
import { CHANGES_KEY, readHint, writeHint } from './device-hints';

/**
 * Remembers when the data first and last changed (for the backup reminder), in localStorage: written at
 * most once per task however many records change, so a big import stays fast.
 */

export interface ChangeTimes {
  firstChangeAt?: string;
  lastChangeAt?: string;
}

export function readChangeTimes(): ChangeTimes {
  try {
    const value = JSON.parse(readHint('local', CHANGES_KEY) ?? '{}') as unknown;
    if (typeof value !== 'object' || value === null) return {};
    const { firstChangeAt, lastChangeAt } = value as Record<string, unknown>;
    return {
      ...(typeof firstChangeAt === 'string' ? { firstChangeAt } : {}),
      ...(typeof lastChangeAt === 'string' ? { lastChangeAt } : {}),
    };
  } catch {
    return {};
  }
}

let pending = false;
/** Notes that the data changed now (the page calls it for writes made in the backup worker). */
export function markChanged() {
  if (pending || typeof localStorage === 'undefined') return;
  pending = true;
  setTimeout(() => {
    pending = false;
    const now = new Date().toISOString();
    const current = readChangeTimes();
    // Storage full or refused: the reminder simply does not know.
    writeHint(
      'local',
      CHANGES_KEY,
      JSON.stringify({ firstChangeAt: current.firstChangeAt ?? now, lastChangeAt: now }),
    );
  }, 0);
}

/** Watches every table except settings (changing the language is not new data). */
export function trackChanges(database: Dexie) {
  for (const table of database.tables) {
    if (table.name === 'settings') continue;
    table.hook('creating', markChanged);
    table.hook('updating', markChanged);
    table.hook('deleting', markChanged);
  }
}
