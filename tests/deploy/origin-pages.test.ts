/** The generated root files of a shared origin. */
import { describe, expect, it } from 'vitest';
import { notFoundHtml, notFoundScript, originFiles, robotsTxt, rootIndexHtml, sitemapIndexXml } from '../../scripts/lib/deploy/origin-pages.ts';
import type { DeploySite, Unit } from '../../scripts/lib/deploy/units.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/seo.ts';

const site = (slug: string, name: string, extra: Partial<DeploySite> = {}): DeploySite => ({
  slug,
  nama: name,
  url: `https://dinas.github.io/proyek/${slug}/`,
  base: `/proyek/${slug}/`,
  target: 'github-pages',
  archived: false,
  proyek: slug,
  anggota: [],
  ...extra,
});
const unit: Unit = {
  name: 'dinas.github.io-proyek',
  target: 'github-pages',
  rootUrl: 'https://dinas.github.io/proyek/',
  shared: true,
  sites: [site('kim-a', 'KIM A & <B>'), site('kim-c', 'KIM C'), site('kim-lama', 'KIM Lama', { archived: true })],
};

describe('origin pages', () => {
  it('the root page lists the live KIMs by absolute path, escaped, in Indonesian', () => {
    const html = rootIndexHtml(unit);
    expect(html).toContain('<html lang="id">');
    expect(html).toContain('<a href="/proyek/kim-a/">KIM A &amp; &lt;B&gt;</a>');
    expect(html).toContain('<a href="/proyek/kim-c/">KIM C</a>');
    expect(html).not.toContain('kim-lama');
    expect(html).toContain(`content="${CONTENT_SECURITY_POLICY.replace(/'/g, '&#39;')}"`);
  });

  it('robots.txt names every site sitemap and the index; the index lists them all', () => {
    const robots = robotsTxt(unit);
    expect(robots).toContain('Sitemap: https://dinas.github.io/proyek/sitemap-index.xml');
    expect(robots).toContain('Sitemap: https://dinas.github.io/proyek/kim-a/sitemap.xml');
    expect(robots).toContain('Sitemap: https://dinas.github.io/proyek/kim-c/sitemap.xml');
    expect(robots).toContain('Disallow: /proyek/kim-a/admin/');
    expect(robots).not.toContain('kim-lama');
    const idx = sitemapIndexXml(unit);
    expect(idx).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(idx.match(/<sitemap>/g)).toHaveLength(2);
  });

  it('the 404 page lists the KIMs without JS and loads its helper from a file the CSP allows', () => {
    const html = notFoundHtml(unit);
    expect(html).toContain('<a href="/proyek/kim-c/">KIM C</a>');
    expect(html).toContain('<script src="/proyek/_simpul/404.js" defer></script>');
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
    expect(originFiles(unit).get('_simpul/404.js')).toBe(notFoundScript(unit));
  });

  it('the 404 helper offers the beranda of the KIM whose folder the visitor is in', () => {
    const suggestion = {
      hidden: true,
      children: [] as { href: string; textContent: string }[],
      appendChild(a: { href: string; textContent: string }) {
        this.children.push(a);
      },
    };
    const run = (pathname: string) => {
      suggestion.hidden = true;
      suggestion.children = [];
      new Function('location', 'document', notFoundScript(unit))(
        { pathname },
        { getElementById: () => suggestion, createElement: () => ({ href: '', textContent: '' }) },
      );
      return suggestion;
    };
    const hit = run('/proyek/kim-c/berita/tidak-ada/');
    expect(hit.hidden).toBe(false);
    expect(hit.children[0]).toEqual({ href: '/proyek/kim-c/', textContent: 'Kembali ke beranda KIM C' });
    expect(run('/lain/').hidden).toBe(true);
  });
});
