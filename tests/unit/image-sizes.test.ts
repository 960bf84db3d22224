import { describe, expect, it } from 'vitest';
import { heightFor, responsiveWidths } from '../../src/lib/image-sizes.ts';

describe('responsiveWidths', () => {
  it('keeps the default widths for a large photo', () => {
    expect(responsiveWidths(4000)).toEqual([360, 720, 1080]);
  });
  it('never lists a width larger than the photo', () => {
    expect(responsiveWidths(800)).toEqual([360, 720]);
    expect(responsiveWidths(720)).toEqual([360, 720]);
  });
  it('falls back to the photo width when it is smaller than every candidate', () => {
    expect(responsiveWidths(200)).toEqual([200]);
  });
  it('sorts and de-duplicates custom widths', () => {
    expect(responsiveWidths(1000, [720, 120, 720, 240])).toEqual([120, 240, 720]);
  });
});

describe('heightFor', () => {
  it('keeps the ratio', () => {
    expect(heightFor(720, 3 / 2)).toBe(480);
    expect(heightFor(1080, 16 / 9)).toBe(608);
  });
});
