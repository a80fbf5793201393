import { usePersonQuery } from '@/components/people/use-person-query';
import { listFilings } from '@/data/repositories/filings';

/** The person's filings, kept live; never another person's while switching. */
export function useFilings(profileId: string | undefined) {
  return usePersonQuery(profileId, listFilings, []);
}
