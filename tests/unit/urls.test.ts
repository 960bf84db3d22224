import { describe, expect, it } from 'vitest';
import { absoluteUrl, basePath, joinPath } from '../../src/lib/urls.ts';

describe('urls', () => {
  it('takes the base path from the site URL', () => {
    expect(basePath({ slug: 'kim-a', url: 'https://kim-a.desa.id/' })).toBe('/');
    expect(basePath({ slug: 'kim-b', url: 'https://diskominfo.example.id/kim-b/' })).toBe('/kim-b/');
  });

  it('prefixes /<slug>/ in dev', () => {
    expect(basePath({ slug: 'kim-a', url: 'https://kim-a.desa.id/' }, true)).toBe('/kim-a/');
  });

  it('joins a base and a site-relative path', () => {
    expect(joinPath('/kim-b/', 'berita/')).toBe('/kim-b/berita/');
    expect(joinPath('/kim-b/', '/berita/')).toBe('/kim-b/berita/');
    expect(joinPath('/')).toBe('/');
  });

  it('makes absolute URLs under the site base', () => {
    const site = { url: 'https://diskominfo.example.id/kim-b/' };
    expect(absoluteUrl(site, 'berita/pasar/')).toBe('https://diskominfo.example.id/kim-b/berita/pasar/');
    expect(absoluteUrl(site, '/_astro/a.jpeg')).toBe('https://diskominfo.example.id/kim-b/_astro/a.jpeg');
    expect(absoluteUrl(site)).toBe('https://diskominfo.example.id/kim-b/');
  });
});
