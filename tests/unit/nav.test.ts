import { describe, expect, it } from 'vitest';
import { isCurrent, navItems } from '../../src/lib/nav.ts';

const item = (path: string) => navItems.find((i) => i.path === path)!;

describe('nav', () => {
  it('lists the sections in order, beranda first', () => {
    expect(navItems.map((i) => i.label)).toEqual(['Beranda', 'Berita', 'Potensi', 'Produk', 'Agenda', 'Galeri', 'Informasi Publik', 'Aspirasi', 'Profil']);
    expect(navItems.every((i) => i.path === '' || i.path.endsWith('/'))).toBe(true);
  });

  it('marks the beranda only on the beranda', () => {
    expect(isCurrent(item(''), '')).toBe(true);
    expect(isCurrent(item(''), 'berita/')).toBe(false);
  });

  it('marks a section on its list and detail pages', () => {
    expect(isCurrent(item('berita/'), 'berita/')).toBe(true);
    expect(isCurrent(item('berita/'), 'berita/halaman/2/')).toBe(true);
    expect(isCurrent(item('berita/'), '/berita/pasar/')).toBe(true);
    expect(isCurrent(item('berita/'), 'potensi/')).toBe(false);
  });
});
