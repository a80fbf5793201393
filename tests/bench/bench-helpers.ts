// Loaded by tests/bench/bench.mjs through Vite, so the benchmark runs the app's own TypeScript.
import { BACKUP_FORMAT, BACKUP_VERSION, backupSchema } from '@/domain/backup/schema';
import { chinaWorkingDays } from '@/domain/dates/china-holidays';
import { buildTimeline } from '@/domain/timeline/build-timeline';
import { TIMELINE_RULES } from '@/domain/timeline/rules';
import { failOnScheduleError } from '../builders';
import { familyData } from './family-data';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The to-do of a generated family (familyData) on 22 November 2026, as the app builds it. */
export const familyTimeline = (data: ReturnType<typeof familyData>) =>
  buildTimeline({
    ...data,
    rules: TIMELINE_RULES,
    today: '2026-11-22',
    calendar: chinaWorkingDays,
    onScheduleError: failOnScheduleError,
  });

/** Median milliseconds of buildTimeline for a family of `people` with each number of records. */
export function timeEngine(sizes: number[], people = 10, runs = 15): { records: number; ms: number }[] {
  return sizes.map((records) => {
    const data = familyData(people, records);
    const run = () => familyTimeline(data);
    run(); // warm up
    const times = Array.from({ length: runs }, () => {
      const start = performance.now();
      run();
      return performance.now() - start;
    });
    return { records, ms: median(times) };
  });
}

/** A valid backup file of a family of `people` with about `records` records (checked with the app's schema). */
export function familyBackup(people: number, records: number): string {
  const { profiles, records: data } = familyData(people, records);
  const backup = backupSchema.parse({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: '2026-11-22T08:00:00.000Z',
    data: { profiles, ...data, familyLinks: [], settings: [] },
  });
  return JSON.stringify(backup);
}
