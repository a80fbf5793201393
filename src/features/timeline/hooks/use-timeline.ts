import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo } from 'react';
import { db } from '@/data/db';
import { loadTimelineInput, timelineOf } from '@/data/repositories/timeline';
import type { IsoDate } from '@/domain/dates/iso-date';
import { SETTINGS_ID } from '@/domain/settings/defaults';

/** The timeline for everyone on the phone, recomputed when any record or "today" changes. */
export function useTimeline(today: IsoDate) {
  const latest = useLiveQuery(async () => {
    const [data, settings] = await Promise.all([loadTimelineInput(), db.settings.get(SETTINGS_ID)]);
    return { ...data, settings };
  });
  // Rendered as a transition: React renders a long list in slices and keeps the page responsive.
  const input = useDeferredValue(latest);
  return useMemo(() => {
    if (!input) return undefined;
    const items = timelineOf(input, today);
    return { items, profiles: input.profiles, settings: input.settings };
  }, [input, today]);
}
