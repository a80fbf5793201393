import { useEffect } from 'react';
import { usePeople } from '@/components/people/use-people';
import { setTabSet } from '@/components/tab-set';
import { tabSetFor } from '@/domain/settings/audience';

/**
 * Keeps the bottom tabs in step with the data: the first visit's answers and the student's city, also when
 * they change in another tab or come in with a backup. Renders nothing; loaded after the first screen.
 */
export function TabSetSync() {
  const people = usePeople();
  useEffect(() => {
    if (!people) return;
    setTabSet(tabSetFor(people.settings.setup, people.profiles, people.settings.meProfileId));
  }, [people]);
  return null;
}
