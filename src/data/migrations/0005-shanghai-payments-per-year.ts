import { onePaymentPerYear } from '@/domain/backup/upgrades/one-payment-per-year';
import { migration0004DropDeadSettings } from './0004-drop-dead-settings';
import type { Migration } from './migration';

/**
 * Version 5: a Shanghai record holds one payment per year (`payments`), instead of one `paidOn` and one
 * period per person, which could not tell this year's payment from last year's (content re-audit R-3). The
 * old date goes to the year it was paid in, the period to the year it starts in. The stores are unchanged.
 * Released: never edit.
 */
export const migration0005ShanghaiPaymentsPerYear: Migration = {
  version: 5,
  stores: migration0004DropDeadSettings.stores,
  upgrade: async (tx) => {
    const table = tx.table('shanghaiEnrolments');
    const rows = (await table.toArray()) as Record<string, unknown>[];
    await table.bulkPut(rows.map((row) => onePaymentPerYear(row)));
  },
};
