import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { db } from '@/data/db';
import { loadTimelineInput, timelineOf } from '@/data/repositories/timeline';
import { cardNeed, cardStage } from '@/domain/card/journey';
import { canChangeFrom, currentBinding } from '@/domain/clinic/binding';
import { chinaWorkingDays } from '@/domain/dates/china-holidays';
import type { IsoDate } from '@/domain/dates/iso-date';
import { filingEnd, isActiveFiling } from '@/domain/filing/validity';
import { SETTINGS_ID } from '@/domain/settings/defaults';
import { nextItem } from '@/domain/timeline/build-timeline';

/** Everything the family summary shows for each person, from one read of the data. */
export function useFamilySummary(today: IsoDate) {
  const input = useLiveQuery(async () => {
    const [data, settings] = await Promise.all([loadTimelineInput(), db.settings.get(SETTINGS_ID)]);
    return { ...data, settings };
  });
  return useMemo(() => {
    if (!input) return undefined;
    const { profiles, records } = input;
    const items = timelineOf(input, today);
    const people = profiles.map((profile) => {
      const mine = <T extends { profileId: string }>(list: readonly T[]) =>
        list.filter((r) => r.profileId === profile.id);
      const receiptCode = mine(records.receiptCodes).at(-1);
      const application = mine(records.cardApplications).at(-1);
      const binding = currentBinding(mine(records.clinicBindings));
      const personItems = items.filter((i) => i.profileId === profile.id);
      const open = personItems.filter((i) => i.status !== 'done' && i.status !== 'skipped');
      return {
        profile,
        // Outside the scheme (content audit M-9): no card or clinic lines, one that says so instead.
        notInScheme: cardNeed(profile).need === 'not-in-scheme',
        card:
          cardNeed(profile).need === 'needed'
            ? cardStage({ receiptCode, application, today, calendar: chinaWorkingDays })
            : undefined,
        binding: binding ? { name: binding.name, canChangeFrom: canChangeFrom(binding.boundOn) } : undefined,
        filings: mine(records.filings)
          .filter(isActiveFiling)
          .map((f) => ({ filing: f, end: filingEnd(f) })),
        shanghai: mine(records.shanghaiEnrolments).at(-1),
        next: nextItem(personItems),
        upcoming: open.slice(0, 6),
      };
    });
    return { people, activeProfileId: input.settings?.activeProfileId };
  }, [input, today]);
}
