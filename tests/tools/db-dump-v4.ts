// The records of the frozen version-4 database dumps (tests/fixtures/db/v4/), as the released v4 app wrote
// them: the last schema with one Shanghai `paidOn` and one payment period per person. Read only by
// `npm run fixtures:db`, which refuses to overwrite a dump: once made, a dump is history. Written as plain
// literals (never through today's builders or schemas), so they stay what v4 stored.
import { migration0004DropDeadSettings } from '@/data/migrations/0004-drop-dead-settings';
import v1 from '../fixtures/db/v1/complete.json';

type Row = Record<string, unknown>;
const { language: _language, largeText: _largeText, ...settings } = v1.tables.settings[0] as Row;

/** A Shanghai student in their second year: last year's payment, and this year's period from the notice. */
const continuing: Row = {
  id: 'p-shanghai-2',
  name: '陈静',
  idType: 'resident-id',
  idNumber: '31010120060101002X',
  dateOfBirth: '2006-01-01',
  city: 'shanghai',
  mobile: '13900139000',
  school: '复旦大学',
  entryDate: '2025-09-01',
  educationLevel: 'bachelor',
};

/** Every table of version 4, every optional field set at least once (version 1's records, upgraded). */
export const complete: Record<string, Row[]> = {
  ...(v1.tables as Record<string, Row[]>),
  profiles: [...(v1.tables.profiles as Row[]), continuing],
  shanghaiEnrolments: [
    ...(v1.tables.shanghaiEnrolments as Row[]),
    {
      id: 'sh-2',
      profileId: 'p-shanghai-2',
      entryYear: 2025,
      confirmedOn: '2025-09-15',
      accountResult: 'success',
      accountCheckedOn: '2025-09-15',
      // The 2026 premium, paid in the 2025 central period.
      paidOn: '2025-11-20',
      // This year's (2026) period, from the school's notice.
      paymentWindowStart: '2026-11-10',
      paymentWindowEnd: '2026-12-12',
    },
  ],
  settings: [settings],
};

export const STORES = migration0004DropDeadSettings.stores;
export const BACKUP_VERSION = 1;
