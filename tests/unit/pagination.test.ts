import { describe, expect, it } from 'vitest';
import { pagePath, pageNumbers, paginate } from '../../src/lib/pagination.ts';

describe('paginate', () => {
  it('splits into pages of ten', () => {
    const pages = paginate(Array.from({ length: 23 }, (_, i) => i));
    expect(pages.map((p) => p.items.length)).toEqual([10, 10, 3]);
    expect(pages.map((p) => [p.nomor, p.total])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect(pages[1]!.items[0]).toBe(10);
  });
  it('gives one empty page for an empty list', () => {
    expect(paginate([])).toEqual([{ items: [], nomor: 1, total: 1 }]);
  });
});

describe('halamanPath', () => {
  it('puts page 1 at the section and later pages under halaman/', () => {
    expect(pagePath('berita/', 1)).toBe('berita/');
    expect(pagePath('berita/', 2)).toBe('berita/halaman/2/');
    expect(pagePath('berita/kategori/ekonomi', 3)).toBe('berita/kategori/ekonomi/halaman/3/');
  });
});

describe('pageNumbers', () => {
  it('shows every page of a short list', () => {
    expect(pageNumbers(2, 3)).toEqual([1, 2, 3]);
  });
  it('shows first, last and neighbours with gaps', () => {
    expect(pageNumbers(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    expect(pageNumbers(1, 10)).toEqual([1, 2, null, 10]);
  });
});
