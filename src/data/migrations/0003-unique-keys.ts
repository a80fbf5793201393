import { migration0001Initial } from './0001-initial';
import type { Migration } from './migration';

/**
 * Version 3: the database itself refuses a second receipt code, card application or Shanghai enrolment for
 * one person, and a second enrolment for one person and year (`&` is a unique index). Version 2 made the data
 * fit first: an index is built before an upgrade function runs, so it cannot be one step. Released: never edit.
 */
export const migration0003UniqueKeys: Migration = {
  version: 3,
  stores: {
    ...migration0001Initial.stores,
    receiptCodes: 'id, &profileId',
    cardApplications: 'id, &profileId',
    enrolments: 'id, profileId, year, &[profileId+year]',
    shanghaiEnrolments: 'id, &profileId',
  },
};
