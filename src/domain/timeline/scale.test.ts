import { describe, expect, it } from 'vitest';
import { familyData } from '../../../tests/bench/family-data';
import { failOnScheduleError } from '../../../tests/builders';
import { chinaWorkingDays } from '../dates/china-holidays';
import { buildTimeline } from './build-timeline';
import { TIMELINE_RULES } from './rules';

describe('the engine at scale', () => {
  it('builds the timeline of 10 people with 10,000 records well within a frame budget', () => {
    const data = familyData(10, 10_000);
    const run = () =>
      buildTimeline({
        ...data,
        rules: TIMELINE_RULES,
        today: '2026-11-22',
        calendar: chinaWorkingDays,
        onScheduleError: failOnScheduleError,
      });
    run(); // warm up
    const times = Array.from({ length: 5 }, () => {
      const start = performance.now();
      run();
      return performance.now() - start;
    }).sort((a, b) => a - b);
    // Median; generous so a busy CI machine does not fail it, tight enough to catch a quadratic slip.
    expect(times[2]).toBeLessThan(250);
  });
});
