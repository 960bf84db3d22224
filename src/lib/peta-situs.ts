/**
 * Every public page of one site, for `sitemap.xml`: the sections, their list pages and each
 * entry. Mirrors the routes under `src/pages/[site]/`; list paths come from the same
 * helpers the routes use. Leaves out 404, admin and the calendar/PDF files.
 */
import { beritaKategoriPaths, beritaListPaths } from './berita-paths.ts';
import { HALAMAN_PROFIL, halamanTampil, namaHalaman } from './halaman.ts';
import { entriesOf, entryParts, type KimSite } from './sites.ts';
import { terbaru, type SitemapUrl } from './sitemap.ts';
import { absoluteUrl } from './urls.ts';

interface Halaman {
  path: string;
  lastmod?: string;
}

const hari = (d: Date) => d.toISOString().slice(0, 10);

async function halamanSitus(kim: KimSite): Promise<Halaman[]> {
  const [berita, potensi, produk, agenda, galeri, dokumen, aspirasi, halaman] = await Promise.all([
    entriesOf(kim.slug, 'berita'),
    entriesOf(kim.slug, 'potensi'),
    entriesOf(kim.slug, 'produk'),
    entriesOf(kim.slug, 'agenda'),
    entriesOf(kim.slug, 'galeri'),
    entriesOf(kim.slug, 'informasi-publik'),
    entriesOf(kim.slug, 'aspirasi'),
    entriesOf(kim.slug, 'halaman'),
  ]);
  const beritaTerbaru = terbaru(berita.map((b) => b.data.tanggal));
  const mine = <T extends { kim: KimSite; path: string }>(ps: { props: T }[]) => ps.filter((p) => p.props.kim.slug === kim.slug);
  const beritaList = [...mine(await beritaListPaths(1)), ...mine(await beritaListPaths(2))].map((p) => ({ path: p.props.path, lastmod: beritaTerbaru }));
  const kategoriList = [...mine(await beritaKategoriPaths(1)), ...mine(await beritaKategoriPaths(2))].map((p) => ({
    path: p.props.path,
    lastmod: terbaru(p.props.halaman.items.map((b) => b.data.tanggal)),
  }));
  const detail = (type: string, e: { id: string }, lastmod?: string): Halaman => ({ path: `${type}/${entryParts(e).name}/`, lastmod });
  const profil = halamanTampil(halaman);

  const pages: Halaman[] = [
    { path: '', lastmod: terbaru([...berita.map((b) => b.data.tanggal), ...galeri.map((g) => g.data.tanggal)]) },
    ...beritaList,
    ...kategoriList,
    ...berita.map((b) => detail('berita', b, hari(b.data.tanggal))),
    { path: 'potensi/' },
    ...potensi.map((p) => detail('potensi', p)),
    { path: 'produk/' },
    ...produk.map((p) => detail('produk', p)),
    { path: 'agenda/' },
    ...agenda.map((a) => detail('agenda', a)),
    { path: 'galeri/', lastmod: terbaru(galeri.map((g) => g.data.tanggal)) },
    ...galeri.map((g) => detail('galeri', g, hari(g.data.tanggal))),
    { path: 'informasi-publik/', lastmod: terbaru(dokumen.map((d) => d.data.tanggal)) },
    ...dokumen.map((d) => detail('informasi-publik', d, hari(d.data.tanggal))),
    { path: 'aspirasi/', lastmod: terbaru(aspirasi.map((a) => a.data.diterima)) },
    ...profil.map((h) => ({ path: `${namaHalaman(h)}/` })),
  ];
  if (!profil.some((h) => namaHalaman(h) === HALAMAN_PROFIL)) pages.push({ path: `${HALAMAN_PROFIL}/` });
  if (kim.site.jenis === 'forum-kecamatan') pages.push({ path: 'anggota/' });
  return pages;
}

export async function urlSitemap(kim: KimSite): Promise<SitemapUrl[]> {
  return (await halamanSitus(kim)).map((h) => ({ loc: absoluteUrl(kim.site, h.path), ...(h.lastmod ? { lastmod: h.lastmod } : {}) }));
}
