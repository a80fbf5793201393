import { useEffect, useRef, useState } from 'react';
import { useUnsavedChanges } from './unsaved-changes';
import type { SeenVersion } from '@/data/repositories/write-guards';

interface Versioned {
  updatedAt?: string | undefined;
}

/**
 * Which version of its record a form is editing, so a save never silently overwrites what another tab
 * saved in the meantime (two tabs on one person: the last write used to win without a word):
 * - `seen` goes to the writer, which refuses with StaleRecordError if the stored record is not that one;
 * - when the live record changes and the form has no unsaved edits, `onReload` gets the new record (the form
 *   shows it); with unsaved edits the form keeps them and the save says what happened;
 * - after that refusal, `seen` becomes the stored version, so saving again replaces it, as the message says.
 * `record` undefined means the form creates a new record.
 */
export function useSeenVersion<T extends Versioned>(
  record: T | undefined,
  dirty: boolean,
  onReload: (record: T) => void,
) {
  const seen = useRef<SeenVersion>(record ? { updatedAt: record.updatedAt } : null);
  const latest = useRef({ record, onReload });
  // Kept current for the effect below and for `failed` (effects run in order: this one first).
  useEffect(() => {
    latest.current = { record, onReload };
  });
  const updatedAt = record?.updatedAt;
  useEffect(() => {
    const current = latest.current.record;
    if (!current || dirty) return;
    if (seen.current !== null && seen.current?.updatedAt === current.updatedAt) return;
    seen.current = { updatedAt: current.updatedAt };
    latest.current.onReload(current);
  }, [updatedAt, dirty]);

  /** The form saved this version (undefined: the form removed the record). */
  const saved = (stored: Versioned | undefined) => {
    seen.current = stored ? { updatedAt: stored.updatedAt } : null;
  };
  /**
   * A save failed: if another tab had changed the record, the next save replaces the version stored now
   * (the live record this form is given).
   */
  const failed = (error: unknown) => {
    if (typeof error === 'object' && error !== null && (error as Error).name === 'StaleRecordError') {
      const stored = latest.current.record;
      seen.current = stored ? { updatedAt: stored.updatedAt } : null;
    }
  };

  return {
    /** What to pass to the writer as `seen`. */
    seen: (): SeenVersion => seen.current,
    saved,
    failed,
    /**
     * One save of the form: `write` gets the version this form saw. Returns what was stored (the form is now
     * on its version), or undefined when the write failed, after `onError` was given the reason to show.
     * `versionOf` finds the stored record in a writer's result (the record itself unless said).
     */
    store: async <R>(
      write: (seen: SeenVersion) => Promise<R>,
      onError: (error: unknown) => void,
      versionOf: (result: R) => Versioned | undefined = (result) => result as Versioned | undefined,
    ): Promise<R | undefined> => {
      try {
        const result = await write(seen.current);
        saved(versionOf(result));
        return result;
      } catch (error) {
        failed(error);
        onError(error);
        return undefined;
      }
    },
  };
}

const differs = <V>(values: V, loaded: V) => JSON.stringify(values) !== JSON.stringify(loaded);

/**
 * For a form that starts from a record (or from empty values for a new one): what it loaded, so "dirty"
 * means typed here and not changed elsewhere; the guard that asks before leaving unsaved edits; and the
 * version to save against (`useSeenVersion`), reloading the form when another tab saves the record and
 * nothing is typed here. `initial` is the form's values for the record as it is now.
 */
export function useEditedRecord<V, T extends Versioned>(
  record: T | undefined,
  initial: V,
  values: V,
  setValues: (values: V) => void,
  isDirty: (values: V, loaded: V) => boolean = differs,
) {
  const [loaded, setLoaded] = useState(initial);
  const dirty = isDirty(values, loaded);
  useUnsavedChanges(dirty);
  const version = useSeenVersion(record, dirty, () => {
    setLoaded(initial);
    setValues(initial);
  });
  return { dirty, version };
}
