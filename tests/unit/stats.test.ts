import { describe, expect, it } from 'vitest';
import { median } from '../../scripts/lib/bench/stats.ts';

describe('median', () => {
  it('takes the middle of an odd count, whatever the order', () => {
    expect(median([30.4, 19.9, 25.6])).toBe(25.6);
    expect(median([7])).toBe(7);
  });
  it('averages the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('refuses an empty list', () => {
    expect(() => median([])).toThrow();
  });
});
