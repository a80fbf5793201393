import { databaseMayExist } from '@/data/database-events';
import { knownToHoldNobody } from '@/data/device-hints';

/**
 * Whether home can only be the welcome: the app has never stored anything on this phone (the people hint
 * says nobody, and the browser says the database does not exist). Home then opens without the database
 * layer and the timeline engine that the to-do list needs (src/app/router.tsx; README, Numbers).
 */
export async function nothingStoredYet(): Promise<boolean> {
  return knownToHoldNobody() && !(await databaseMayExist());
}
