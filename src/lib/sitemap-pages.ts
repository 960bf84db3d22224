/**
 * Every public page of one site, for `sitemap.xml`: the beranda, then each content type of
 * the registry in its order (its list pages, then each entry's page), then the forum's
 * `anggota/`. List paths come from the same helpers the routes use. Leaves out 404, admin
 * and the calendar/PDF files.
 */
import type { CollectionEntry } from 'astro:content';
import { contentTypes, type ContentType, type ContentTypeName } from '../schemas/index.ts';
import { detailPath } from '../schemas/routes.ts';
import { beritaKategoriPaths, beritaListPaths } from './berita-paths.ts';
import { HALAMAN_PROFIL, visibleHalaman, halamanName } from './halaman.ts';
import { entriesOf, entryParts, type KimSite } from './sites.ts';
import { latest, type SitemapUrl } from './sitemap.ts';
import { absoluteUrl } from './urls.ts';
import { isGroup } from './membership.ts';
import { pagePath, paginate } from './pagination.ts';
import { loadAnggota, loadAnggotaBerita } from '../lib/forum-data.ts';

interface SitemapPage {
  path: string;
  lastmod?: string;
}

type Entry = CollectionEntry<ContentTypeName>;

const day = (d: Date) => d.toISOString().slice(0, 10);

/** The type's `dateField` value of an entry, when the sitemap dates this type's pages. */
function dateOf(type: ContentType, e: Entry): Date | undefined {
  if (!type.sitemap.lastmod || !type.dateField) return undefined;
  const v = (e.data as Record<string, unknown>)[type.dateField];
  return v instanceof Date ? v : undefined;
}

/** The list pages of a type: one, except berita's pagination and category lists. */
async function listPages(kim: KimSite, type: ContentType, entries: Entry[]): Promise<SitemapPage[]> {
  const lastmod = type.sitemap.lastmod ? latest(entries.map((e) => dateOf(type, e)).filter((d) => d !== undefined)) : undefined;
  if (type.name === 'berita') {
    const mine = <T extends { kim: KimSite; path: string }>(ps: { props: T }[]) => ps.filter((p) => p.props.kim.slug === kim.slug);
    const beritaList = [...mine(await beritaListPaths(1)), ...mine(await beritaListPaths(2))].map((p) => ({ path: p.props.path, lastmod }));
    const kategoriList = [...mine(await beritaKategoriPaths(1)), ...mine(await beritaKategoriPaths(2))].map((p) => ({
      path: p.props.path,
      lastmod: latest(p.props.halaman.items.map((b) => b.data.tanggal)),
    }));
    return [...beritaList, ...kategoriList];
  }
  // Profile pages have no list of their own: `profil/` is the page named profil, or a stand-in.
  if (type.name === 'halaman') return [];
  return [{ path: type.urls.list, lastmod }];
}

/** The entries of a type that get a page of their own. */
function entryPages(type: ContentType, entries: Entry[]): SitemapPage[] {
  if (!type.urls.detail) return [];
  const shown = type.name === 'halaman' ? visibleHalaman(entries as CollectionEntry<'halaman'>[]) : entries;
  const pages = shown.map((e) => {
    const d = dateOf(type, e);
    return { path: detailPath(type, entryParts(e).name)!, lastmod: d ? day(d) : undefined };
  });
  if (type.name === 'halaman' && !shown.some((h) => halamanName(h) === HALAMAN_PROFIL)) pages.push({ path: type.urls.list, lastmod: undefined });
  return pages;
}

async function sitePages(kim: KimSite): Promise<SitemapPage[]> {
  const perType = await Promise.all(contentTypes.map(async (type) => ({ type, entries: (await entriesOf(kim.slug, type.name)) as Entry[] })));
  const dates = (name: ContentTypeName) => perType.find((p) => p.type.name === name)!.entries.map((e) => (e.data as { tanggal: Date }).tanggal);
  const pages: SitemapPage[] = [{ path: '', lastmod: latest([...dates('berita'), ...dates('galeri')]) }];
  for (const { type, entries } of perType) pages.push(...(await listPages(kim, type, entries)), ...entryPages(type, entries));
  if (isGroup(kim.site)) {
    pages.push({ path: 'anggota/' }, { path: 'agenda-anggota/' });
    for (const h of paginate(await loadAnggotaBerita(await loadAnggota(kim)))) pages.push({ path: pagePath('kabar-anggota/', h.nomor) });
  }
  if (kim.site.jenis === 'portal-kabupaten') pages.push({ path: 'keaktifan/' });
  return pages;
}
export async function urlSitemap(kim: KimSite): Promise<SitemapUrl[]> {
  return (await sitePages(kim)).map((h) => ({ loc: absoluteUrl(kim.site, h.path), ...(h.lastmod ? { lastmod: h.lastmod } : {}) }));
}
