import type { Profile } from '@/domain/profile/schema';
import { speaksAbout } from '@/domain/settings/audience';
import type { Settings } from '@/domain/settings/schema';

/**
 * For a reader who is not the student (a family member): that they keep the student's records here, and
 * what only the student can do (UX review 3, M7). Nothing for the student themselves.
 */
export function FamilyNote({
  person,
  settings,
  note,
}: {
  person: Profile;
  settings: Settings;
  /** The screen's own words, with the student's name. */
  note: (name: string) => string;
}) {
  if (!speaksAbout(person.id, settings)) return null;
  return (
    <p className="callout" role="note">
      {note(person.name)}
    </p>
  );
}
