import { describe, expect, it } from 'vitest';
import { formatUkuran, labelBerkas } from '../../src/lib/filesize.ts';

describe('formatUkuran', () => {
  it('shows small files in bita', () => {
    expect(formatUkuran(0)).toBe('0 bita');
    expect(formatUkuran(512)).toBe('512 bita');
  });

  it('shows kilobytes as whole numbers', () => {
    expect(formatUkuran(1024)).toBe('1 KB');
    expect(formatUkuran(86_016)).toBe('84 KB');
    expect(formatUkuran(1500)).toBe('1 KB');
  });

  it('uses a decimal comma for megabytes', () => {
    expect(formatUkuran(1.25 * 1024 * 1024)).toBe('1,3 MB');
    expect(formatUkuran(1.2 * 1024 * 1024)).toBe('1,2 MB');
    expect(formatUkuran(5 * 1024 * 1024)).toBe('5 MB');
  });

  it('moves to the next unit instead of showing 1024', () => {
    expect(formatUkuran(1024 * 1024 - 10)).toBe('1 MB');
  });

  it('rejects impossible sizes', () => {
    expect(() => formatUkuran(-1)).toThrow(RangeError);
    expect(() => formatUkuran(Number.NaN)).toThrow(RangeError);
  });
});

describe('labelBerkas', () => {
  it('names the file type and size', () => {
    expect(labelBerkas(84 * 1024)).toBe('PDF, 84 KB');
  });
});
