import { usePersonQuery } from '@/components/people/use-person-query';
import { listFamilyLinks } from '@/data/repositories/family';

/** The links in which this person is the member, kept live; never another person's while switching. */
export function useFamilyLinks(memberId: string | undefined) {
  return usePersonQuery(memberId, listFamilyLinks, []);
}
