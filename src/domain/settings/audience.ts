import type { IdType } from '../identity/id-document';
import type { City } from '../profile/schema';

/** Who is using the app: the student, or a family member helping one (asked on the first visit). */
export const ROLES = ['student', 'family'] as const;
export type Role = (typeof ROLES)[number];

/**
 * The bottom tabs: a Shenzhen or a Shanghai student's, or a family member's (src/app/navigation.ts). The
 * list of them lives with their hint (src/data/device-hints.ts, `TAB_SETS`), which a test holds to this type.
 */
export type TabSet = 'shenzhen' | 'shanghai' | 'family';

/** The first visit's three answers, editable later in Settings. */
export interface Setup {
  role: Role;
  city: City;
  idType: IdType;
  /** A family member who only follows the student's steps: the to-do shows them without the buttons. */
  followOnly?: boolean | undefined;
}

/**
 * The tabs for this phone: a family member's, else those of the student's city: the phone owner's profile
 * ("me") when there is one, else the first answers, else the first person's, else Shenzhen.
 */
export function tabSetFor(
  setup: Setup | undefined,
  people: readonly { id: string; city: City }[],
  meProfileId: string | undefined,
): TabSet {
  if (setup?.role === 'family') return 'family';
  const me = people.find((person) => person.id === meProfileId);
  return me?.city ?? setup?.city ?? people[0]?.city ?? 'shenzhen';
}

/**
 * Whether the app speaks about this person rather than to them (UX review 3, M7): a family member reads
 * about the student ("Pablo must collect the card"), and so does anyone reading about someone who is not
 * the phone's owner. The owner ("me"), or a phone whose owner is not known, is spoken to.
 */
export function speaksAbout(
  profileId: string,
  settings: { setup?: Setup | undefined; meProfileId?: string | undefined } | undefined,
): boolean {
  if (settings?.setup?.role === 'family') return true;
  return settings?.meProfileId !== undefined && settings.meProfileId !== profileId;
}
