import { bench, describe } from 'vitest';
import { familyTimeline } from './bench-helpers';
import { familyData } from './family-data';

describe('buildTimeline for a family of 10', () => {
  for (const size of [10, 100, 1_000, 10_000]) {
    const data = familyData(10, size);
    bench(`${size} records`, () => {
      familyTimeline(data);
    });
  }
});
