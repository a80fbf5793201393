import { bench, describe } from 'vitest';
import { chinaWorkingDays } from '@/domain/dates/china-holidays';
import { buildTimeline } from '@/domain/timeline/build-timeline';
import { TIMELINE_RULES } from '@/domain/timeline/rules';
import { failOnScheduleError } from '../builders';
import { familyData } from './family-data';

describe('buildTimeline for a family of 10', () => {
  for (const size of [10, 100, 1_000, 10_000]) {
    const data = familyData(10, size);
    bench(`${size} records`, () => {
      buildTimeline({
        ...data,
        rules: TIMELINE_RULES,
        today: '2026-11-22',
        calendar: chinaWorkingDays,
        onScheduleError: failOnScheduleError,
      });
    });
  }
});
