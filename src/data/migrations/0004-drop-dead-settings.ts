import { migration0003UniqueKeys } from './0003-unique-keys';
import type { Migration } from './migration';

/**
 * Version 4: the settings record no longer holds `language` or `largeText`. Both were written and never
 * read (code review: dead settings): the language and large text live in the phone's own hints
 * (src/data/device-hints.ts), read before the first paint, where a database read would come too late. The
 * stores are unchanged. Released: never edit.
 */
export const migration0004DropDeadSettings: Migration = {
  version: 4,
  stores: migration0003UniqueKeys.stores,
  upgrade: async (tx) => {
    await tx
      .table('settings')
      .toCollection()
      .modify((settings: Record<string, unknown>) => {
        delete settings.language;
        delete settings.largeText;
      });
  },
};
