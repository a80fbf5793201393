import { TABLE_NAMES } from '../tables';
import { onePaymentPerYear } from './upgrades/one-payment-per-year';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  backupSchema,
  MAX_BACKUP_BYTES,
  MAX_PEOPLE,
  MAX_RECORDS,
  type Backup,
} from './schema';

export type BackupProblem =
  | 'too-large'
  | 'too-many'
  | 'not-utf8'
  | 'empty'
  | 'not-json'
  | 'unsafe'
  | 'not-backup'
  | 'newer-version'
  | 'too-deep'
  | 'invalid';

/** More people or records than the screens can carry (checked before the records themselves). */
function overLimits(data: unknown): boolean {
  if (typeof data !== 'object' || data === null) return false;
  const tables = data as Record<string, unknown>;
  return TABLE_NAMES.some((table) => {
    const records = tables[table];
    return Array.isArray(records) && records.length > (table === 'profiles' ? MAX_PEOPLE : MAX_RECORDS);
  });
}

/**
 * A file's bytes as text, refusing anything that is not UTF-8 (a file saved in GBK by another program
 * would otherwise come in with its Chinese turned into replacement characters).
 */
export function decodeBackup(bytes: ArrayBuffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export type ParsedBackup =
  { ok: true; backup: Backup } | { ok: false; problem: BackupProblem; detail?: string };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

class UnsafeKey extends Error {}

/**
 * Older backup versions are upgraded here, one step at a time (version n → n + 1). A change to the format
 * adds a step and bumps BACKUP_VERSION. Each step trusts nothing: what it does not recognise it leaves for
 * the schemas to refuse.
 */
const UPGRADES: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  // 1 → 2: a Shanghai record's one paidOn and payment period become one payment per year (schema 5).
  1: (old) => {
    const data = old.data as Record<string, unknown> | undefined;
    const rows = data?.shanghaiEnrolments;
    if (!Array.isArray(rows)) return { ...old, version: 2 };
    const upgraded = rows.map((row: unknown) =>
      typeof row === 'object' && row !== null && !Array.isArray(row)
        ? onePaymentPerYear(row as Record<string, unknown>)
        : row,
    );
    return { ...old, version: 2, data: { ...data, shanghaiEnrolments: upgraded } };
  },
};

export function upgradeBackup(raw: Record<string, unknown>): Record<string, unknown> {
  let current = raw;
  while (typeof current.version === 'number' && current.version < BACKUP_VERSION) {
    const step = UPGRADES[current.version];
    if (!step) break;
    current = step(current);
  }
  return current;
}

/**
 * Reads a backup file's text without trusting it: size, JSON, no prototype-polluting keys, the format
 * and version, and every field through the zod schemas. Records of people the file does not hold are not
 * refused here: a merge may point to the phone's people, and the import plan leaves out the rest, saying so.
 */
export function parseBackup(text: string, byteLength: number = text.length): ParsedBackup {
  if (byteLength > MAX_BACKUP_BYTES) return { ok: false, problem: 'too-large' };
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  let raw: unknown;
  try {
    raw = JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new UnsafeKey(key);
      return value;
    });
  } catch (error) {
    if (error instanceof UnsafeKey) return { ok: false, problem: 'unsafe' };
    // Valid JSON nested thousands deep (no backup is) overflows the stack of the reader.
    if (error instanceof RangeError) return { ok: false, problem: 'too-deep' };
    return { ok: false, problem: 'not-json' };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, problem: 'not-backup' };
  const object = raw as Record<string, unknown>;
  if (object.format !== BACKUP_FORMAT) return { ok: false, problem: 'not-backup' };
  if (typeof object.version !== 'number' || !Number.isInteger(object.version) || object.version < 1)
    return { ok: false, problem: 'invalid', detail: 'version' };
  if (object.version > BACKUP_VERSION) return { ok: false, problem: 'newer-version' };
  const upgraded = upgradeBackup(object);
  if (overLimits(upgraded.data)) return { ok: false, problem: 'too-many' };
  const parsed = backupSchema.safeParse(upgraded);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: 'invalid', detail: issue ? issue.path.join('.') : undefined };
  }
  return { ok: true, backup: parsed.data };
}

/** Records per table, for the preview. */
export function backupCounts(backup: Backup): Record<string, number> {
  return Object.fromEntries(Object.entries(backup.data).map(([table, records]) => [table, records.length]));
}
