import type { Migration } from './migration';

/**
 * Version 1: every entity the app holds. Released: never edit this file; add 0002-… instead.
 * Only indexed fields are listed; records also hold the other fields of their zod schema.
 */
export const migration0001Initial: Migration = {
  version: 1,
  stores: {
    profiles: 'id, name',
    receiptCodes: 'id, profileId',
    cardApplications: 'id, profileId',
    clinicBindings: 'id, profileId, boundOn',
    enrolments: 'id, profileId, year',
    filings: 'id, profileId, startDate, status',
    shanghaiEnrolments: 'id, profileId',
    familyLinks: 'id, profileId, authoriserProfileId',
    todos: 'id, profileId, kind, dueOn, stepId',
    settings: 'id',
  },
};
