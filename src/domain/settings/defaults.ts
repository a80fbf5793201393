import type { Settings } from './schema';

/** The settings record's id and its defaults, without zod, so screens that only read need not load it. */
export const SETTINGS_ID = 'app';

export const DEFAULT_SETTINGS: Settings = { id: SETTINGS_ID };
