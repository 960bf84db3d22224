import { describe, expect, it } from 'vitest';
import { formatSize, fileLabel } from '../../src/lib/filesize.ts';

describe('formatUkuran', () => {
  it('shows small files in bita', () => {
    expect(formatSize(0)).toBe('0 bita');
    expect(formatSize(512)).toBe('512 bita');
  });

  it('shows kilobytes as whole numbers', () => {
    expect(formatSize(1024)).toBe('1 KB');
    expect(formatSize(86_016)).toBe('84 KB');
    expect(formatSize(1500)).toBe('1 KB');
  });

  it('uses a decimal comma for megabytes', () => {
    expect(formatSize(1.25 * 1024 * 1024)).toBe('1,3 MB');
    expect(formatSize(1.2 * 1024 * 1024)).toBe('1,2 MB');
    expect(formatSize(5 * 1024 * 1024)).toBe('5 MB');
  });

  it('moves to the next unit instead of showing 1024', () => {
    expect(formatSize(1024 * 1024 - 10)).toBe('1 MB');
  });

  it('rejects impossible sizes', () => {
    expect(() => formatSize(-1)).toThrow(RangeError);
    expect(() => formatSize(Number.NaN)).toThrow(RangeError);
  });
});

describe('labelBerkas', () => {
  it('names the file type and size', () => {
    expect(fileLabel(84 * 1024)).toBe('PDF, 84 KB');
  });
});
