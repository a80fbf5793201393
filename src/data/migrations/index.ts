import { migration0001Initial } from './0001-initial';
import { migration0002OneRecordPerPerson } from './0002-one-record-per-person';
import { migration0003UniqueKeys } from './0003-unique-keys';
import { migration0004DropDeadSettings } from './0004-drop-dead-settings';
import { migration0005ShanghaiPaymentsPerYear } from './0005-shanghai-payments-per-year';
import type { Migration } from './migration';

/** Every migration, oldest first. Append; never reorder or edit a released one. */
export const MIGRATIONS: readonly Migration[] = [
  migration0001Initial,
  migration0002OneRecordPerPerson,
  migration0003UniqueKeys,
  migration0004DropDeadSettings,
  migration0005ShanghaiPaymentsPerYear,
];
