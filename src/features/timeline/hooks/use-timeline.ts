import { useLiveQuery } from 'dexie-react-hooks';
import { startTransition, useDeferredValue, useEffect, useState } from 'react';
import { yieldToBrowser } from '@/components/yield-to-browser';
import { db } from '@/data/db';
import { loadTimelineInput, timelineInSteps } from '@/data/repositories/timeline';
import type { IsoDate } from '@/domain/dates/iso-date';
import type { Profile } from '@/domain/profile/schema';
import type { Settings } from '@/domain/settings/schema';
import { SETTINGS_ID } from '@/domain/settings/defaults';
import type { TimelineItem } from '@/domain/timeline/types';

interface Timeline {
  items: TimelineItem[];
  profiles: Profile[];
  settings: Settings | undefined;
}

/**
 * The timeline for everyone on the phone, recomputed when any record or "today" changes: worked out a
 * person at a time between the browser's other work (timelineInSteps), so that a phone holding thousands
 * of records still answers a tap while the to-do opens. Until the first is ready: undefined; after that,
 * the last one stays on screen until the next is ready.
 */
export function useTimeline(today: IsoDate): Timeline | undefined {
  const latest = useLiveQuery(async () => {
    const [data, settings] = await Promise.all([loadTimelineInput(), db.settings.get(SETTINGS_ID)]);
    return { ...data, settings };
  });
  // Rendered as a transition: React renders a long list in slices and keeps the page responsive.
  const input = useDeferredValue(latest);
  const [timeline, setTimeline] = useState<Timeline>();
  useEffect(() => {
    if (!input) return;
    let current = true;
    timelineInSteps(input, today, yieldToBrowser).then(
      (items) => {
        if (!current) return;
        // A transition: React renders the list in short slices, between the reader's taps and keys.
        startTransition(() => setTimeline({ items, profiles: input.profiles, settings: input.settings }));
      },
      (error: unknown) => {
        // Thrown while rendering, for the screen's error boundary to say so, as a failure inside the
        // render did when the to-do was worked out there; never a to-do left loading for ever.
        if (current)
          setTimeline(() => {
            throw error;
          });
      },
    );
    return () => {
      current = false;
    };
  }, [input, today]);
  return timeline;
}
