import { addDays } from '@/domain/dates/iso-date';
import type { Profile } from '@/domain/profile/schema';
import type { TimelineRecords } from '@/domain/timeline/types';
import {
  buildCardApplication,
  buildClinicBinding,
  buildCustomTodo,
  buildEnrolment,
  buildFiling,
  buildProfile,
  buildReceiptCode,
  buildStepState,
} from '../builders';

/** A family of `people` with about `records` records spread over them, deterministic. */
export function familyData(
  people: number,
  records: number,
): { profiles: Profile[]; records: TimelineRecords } {
  const profiles = Array.from({ length: people }, (_, i) =>
    buildProfile({ id: `p${i}`, name: `Person ${i}`, city: i % 3 === 2 ? 'shanghai' : 'shenzhen' }),
  );
  const owner = (i: number) => `p${i % people}`;
  const out: TimelineRecords = {
    receiptCodes: profiles.map((p, i) => buildReceiptCode({ id: `r${i}`, profileId: p.id })),
    cardApplications: profiles.map((p, i) =>
      buildCardApplication({ id: `c${i}`, profileId: p.id, submittedOn: '2026-11-02' }),
    ),
    clinicBindings: [],
    enrolments: [],
    filings: [],
    shanghaiEnrolments: [],
    todos: [],
  };
  const bindings: TimelineRecords['clinicBindings'][number][] = [];
  const enrolments: TimelineRecords['enrolments'][number][] = [];
  const filings: TimelineRecords['filings'][number][] = [];
  const todos: TimelineRecords['todos'][number][] = [];
  for (let i = 0; i < records; i += 1) {
    const day = addDays('2020-01-01', i % 2500);
    switch (i % 5) {
      case 0:
        bindings.push(buildClinicBinding({ id: `b${i}`, profileId: owner(i), boundOn: day }));
        break;
      case 1:
        {
          // Years 2000–2199: the dated range ends in 2099, so later years keep the usual window.
          const year = 2000 + (i % 200);
          const usual = year > 2099 ? { windowStart: undefined, windowEnd: undefined } : {};
          enrolments.push(buildEnrolment({ id: `e${i}`, profileId: owner(i), year, ...usual }));
        }
        break;
      case 2:
        filings.push(
          buildFiling({
            id: `f${i}`,
            profileId: owner(i),
            type: i % 2 ? 'referral' : 'temporary-travel',
            startDate: day,
          }),
        );
        break;
      case 3:
        todos.push(buildCustomTodo({ id: `t${i}`, profileId: owner(i), title: `To-do ${i}`, dueOn: day }));
        break;
      default:
        todos.push(buildStepState({ id: `s${i}`, profileId: owner(i), stepId: `custom.x${i}`, on: day }));
    }
  }
  return { profiles, records: { ...out, clinicBindings: bindings, enrolments, filings, todos } };
}
