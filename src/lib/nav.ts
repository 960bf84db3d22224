/**
 * The main menu: site-relative paths in display order. Labels are in `src/i18n/id.ts`.
 * Page owners: if a section moves, change its path here only.
 */
import { t } from '../i18n/id.ts';

export interface NavItem {
  label: string;
  /** Site-relative path, e.g. `berita/`; `` is the beranda. */
  path: string;
  /** Other path prefixes that belong to this item. */
  also?: readonly string[];
}

export const navItems: readonly NavItem[] = [
  { label: t.nav.beranda, path: '' },
  { label: t.nav.berita, path: 'berita/' },
  { label: t.nav.potensi, path: 'potensi/' },
  { label: t.nav.produk, path: 'produk/' },
  { label: t.nav.agenda, path: 'agenda/' },
  { label: t.nav.galeri, path: 'galeri/' },
  { label: t.nav.informasiPublik, path: 'informasi-publik/' },
  { label: t.nav.aspirasi, path: 'aspirasi/' },
  { label: t.nav.profil, path: 'profil/' },
];

/** The menu item a page belongs to: the beranda only for itself, sections by prefix. */
export function isCurrent(item: NavItem, pagePath: string): boolean {
  const page = pagePath.replace(/^\/+/, '');
  if (item.path === '') return page === '';
  return [item.path, ...(item.also ?? [])].some((p) => page.startsWith(p));
}
