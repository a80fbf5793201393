// Kept apart from the zod schemas, so the data layer can name the tables without loading zod.
/** Every table a backup holds, in the order they are written. */
export const BACKUP_TABLES = [
  'profiles',
  'receiptCodes',
  'cardApplications',
  'clinicBindings',
  'enrolments',
  'filings',
  'shanghaiEnrolments',
  'familyLinks',
  'todos',
  'settings',
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

/** Tables whose records belong to one profile (they have `profileId`): every backup table but two. */
export const PROFILE_RECORD_TABLES = BACKUP_TABLES.filter(
  (table): table is Exclude<BackupTable, 'profiles' | 'settings'> =>
    table !== 'profiles' && table !== 'settings',
);
