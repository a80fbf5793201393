import { migration0001Initial } from './0001-initial';
import type { Migration } from './migration';

/** Every migration, oldest first. Append; never reorder or edit a released one. */
export const MIGRATIONS: readonly Migration[] = [migration0001Initial];
