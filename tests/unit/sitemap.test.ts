import { describe, expect, it } from 'vitest';
import { sitemapXml, latest } from '../../src/lib/sitemap.ts';

describe('sitemapXml', () => {
  it('lists each URL once with escaping and lastmod', () => {
    const xml = sitemapXml([
      { loc: 'https://kim.desa.id/', lastmod: '2026-10-05' },
      { loc: 'https://kim.desa.id/cari/?q=a&b' },
      { loc: 'https://kim.desa.id/' },
    ]);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain('<url><loc>https://kim.desa.id/</loc><lastmod>2026-10-05</lastmod></url>');
    expect(xml).toContain('<loc>https://kim.desa.id/cari/?q=a&amp;b</loc>');
    expect(xml.match(/<url>/g)).toHaveLength(2);
  });
});

describe('terbaru', () => {
  it('gives the newest date or nothing', () => {
    expect(latest([new Date('2026-01-02'), undefined, new Date('2026-03-04')])).toBe('2026-03-04');
    expect(latest([])).toBeUndefined();
  });
});
