// The records of the frozen version-5 database dump (tests/fixtures/db/v5/), as the released v5 app wrote
// them: one payment per year in a Shanghai record. Read only by `npm run fixtures:db`, which refuses to
// overwrite a dump: once made, a dump is history. Plain literals, never through today's builders.
import { migration0005ShanghaiPaymentsPerYear } from '@/data/migrations/0005-shanghai-payments-per-year';
import v4 from '../fixtures/db/v4/complete.json';

type Row = Record<string, unknown>;

/** Every table of version 5 (version 4's records, upgraded), with two years of Shanghai payments. */
export const complete: Record<string, Row[]> = {
  ...(v4.tables as Record<string, Row[]>),
  shanghaiEnrolments: [
    {
      id: 'sh-1',
      profileId: 'p-shanghai',
      entryYear: 2026,
      confirmedOn: '2026-09-10',
      accountResult: 'success',
      accountCheckedOn: '2026-09-20',
      eVoucherActivatedOn: '2026-09-21',
      payments: [{ year: 2026, windowStart: '2026-09-01', windowEnd: '2026-12-20', paidOn: '2026-10-01' }],
    },
    {
      id: 'sh-2',
      profileId: 'p-shanghai-2',
      entryYear: 2025,
      confirmedOn: '2025-09-15',
      accountResult: 'success',
      accountCheckedOn: '2025-09-15',
      payments: [
        { year: 2025, paidOn: '2025-11-20' },
        { year: 2026, windowStart: '2026-11-10', windowEnd: '2026-12-12', paidOn: '2026-11-21' },
      ],
    },
  ],
};

export const STORES = migration0005ShanghaiPaymentsPerYear.stores;
export const BACKUP_VERSION = 2;
