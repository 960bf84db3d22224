/**
 * Static paths of the berita list pages: `berita/`, `berita/halaman/<n>/`, and the same per
 * category under `berita/kategori/<kategori>/`. The four route files share this.
 */
import type { CollectionEntry } from 'astro:content';
import { kategoriBerita } from '../schemas/berita.ts';
import { pagePath, paginate, type Page } from './pagination.ts';
import { entriesOf, renderedSites, type KimSite } from './sites.ts';

export type KategoriBerita = keyof typeof kategoriBerita;

export interface BeritaListProps {
  kim: KimSite;
  halaman: Page<CollectionEntry<'berita'>>;
  /** Categories that have at least one article, in the schema's order. */
  usedKategori: KategoriBerita[];
  kategori?: KategoriBerita;
  /** Site-relative path of page 1 of this list. */
  section: string;
  /** Site-relative path of this page. */
  path: string;
}

async function bySite() {
  return Promise.all(
    (await renderedSites()).map(async (kim) => {
      const berita = await entriesOf(kim.slug, 'berita');
      const usedKategori = (Object.keys(kategoriBerita) as KategoriBerita[]).filter((k) => berita.some((b) => b.data.kategori === k));
      return { kim, berita, usedKategori };
    }),
  );
}

function pages(kim: KimSite, berita: CollectionEntry<'berita'>[], usedKategori: KategoriBerita[], section: string, kategori?: KategoriBerita) {
  return paginate(berita).map((halaman) => ({
    nomor: halaman.nomor,
    props: { kim, halaman, usedKategori, kategori, section, path: pagePath(section, halaman.nomor) } satisfies BeritaListProps,
  }));
}

/** Page 1 has no `n` param (its route has none). */
const nParam = (number: number): { n?: string } => (number > 1 ? { n: String(number) } : {});

/** All pages of the main list; `fromPage` 1 for `berita/`, 2 for `berita/halaman/<n>/`. */
export async function beritaListPaths(fromPage: 1 | 2) {
  return (await bySite()).flatMap(({ kim, berita, usedKategori }) =>
    pages(kim, berita, usedKategori, 'berita/')
      .filter((p) => (fromPage === 1 ? p.nomor === 1 : p.nomor > 1))
      .map((p) => ({ params: { site: kim.slug, ...nParam(p.nomor) }, props: p.props })),
  );
}

/** All pages of every category list that has articles. */
export async function beritaKategoriPaths(fromPage: 1 | 2) {
  return (await bySite()).flatMap(({ kim, berita, usedKategori }) =>
    usedKategori.flatMap((kategori) =>
      pages(
        kim,
        berita.filter((b) => b.data.kategori === kategori),
        usedKategori,
        `berita/kategori/${kategori}/`,
        kategori,
      )
        .filter((p) => (fromPage === 1 ? p.nomor === 1 : p.nomor > 1))
        .map((p) => ({ params: { site: kim.slug, kategori, ...nParam(p.nomor) }, props: p.props })),
    ),
  );
}
