import { useLiveQuery } from 'dexie-react-hooks';

/**
 * A live query of one person's data that never hands out another person's: while the person shown changes,
 * the answer read for the previous one is withheld (`undefined`, as while loading) until the new person's is
 * read. `empty` is the answer when there is nobody. The one guard every screen's data hook shares.
 */
export function usePersonQuery<T>(
  profileId: string | undefined,
  read: (profileId: string) => Promise<T>,
  empty: T,
): T | undefined {
  const result = useLiveQuery(
    async () => ({ profileId, value: profileId ? await read(profileId) : empty }),
    [profileId],
  );
  return result && result.profileId === profileId ? result.value : undefined;
}
