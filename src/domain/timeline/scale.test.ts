import { describe, expect, it } from 'vitest';
import { timeEngine } from '../../../tests/bench/bench-helpers';

describe('the engine at scale', () => {
  it('builds the timeline of 10 people with 10,000 records well within a frame budget', () => {
    // Median of 5; generous so a busy CI machine does not fail it, tight enough to catch a quadratic slip.
    const ms = timeEngine([10_000], 10, 5)[0]!.ms;
    expect(ms).toBeLessThan(250);
  });
});
