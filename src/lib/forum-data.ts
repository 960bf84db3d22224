/**
 * Loads what the forum components show: members from `allSites()` and their berita. The
 * build driver must load members' content (SIMPUL_LOAD); a member it did not load is left
 * out with a warning rather than failing the forum's build.
 */
import type { CollectionEntry } from 'astro:content';
import { splitAgenda } from './agenda.ts';
import { localToInstant } from './dates.ts';
import { anggotaForum, anggotaNotLoaded, latestAnggotaBerita, type BeritaAnggota } from './forum.ts';
import { isGroup } from './membership.ts';
import { paginate, type Page } from './pagination.ts';
import { allSites, entriesOf, entryParts, renderedSites, type KimSite } from './sites.ts';
import { absoluteUrl } from './urls.ts';

export async function loadAnggota(forum: KimSite): Promise<KimSite[]> {
  const all = await allSites();
  const hilang = anggotaNotLoaded(forum, all);
  if (hilang.length > 0) {
    console.warn(`[simpul] ${forum.slug}: anggota forum tidak dimuat dan dilewati: ${hilang.join(', ')}`);
  }
  return anggotaForum(forum, all);
}

/** The members' newest berita, newest first; all of them without `batas`. */
export async function loadAnggotaBerita(anggota: readonly KimSite[], limit = Number.POSITIVE_INFINITY) {
  const byAnggota = await Promise.all(anggota.map(async (a) => ({ anggota: a, berita: await entriesOf(a.slug, 'berita') })));
  return latestAnggotaBerita(byAnggota, limit);
}

/** An upcoming event of a member, with the absolute URL of its page on the member's site. */
export interface AgendaAnggota {
  anggota: KimSite;
  entry: CollectionEntry<'agenda'>;
  url: string;
  /** Start as an instant, for ordering across time zones. */
  start: number;
}

/** Every member's upcoming events as of `now`, soonest first; each in its own time zone. */
export async function loadAnggotaAgenda(anggota: readonly KimSite[], now: Date): Promise<AgendaAnggota[]> {
  const byAnggota = await Promise.all(
    anggota.map(async (a) => {
      const { upcoming } = splitAgenda(await entriesOf(a.slug, 'agenda'), now, a.site.zona_waktu);
      return upcoming.map((entry) => ({
        anggota: a,
        entry,
        url: absoluteUrl(a.site, `agenda/${entryParts(entry).name}/`),
        start: localToInstant(entry.data.mulai, a.site.zona_waktu).getTime(),
      }));
    }),
  );
  return byAnggota.flat().sort((x, y) => x.start - y.start || x.url.localeCompare(y.url));
}

/** `getStaticPaths` of a page that only forums and portals have. */
export async function groupSitePaths(jenis?: string): Promise<{ params: { site: string }; props: { kim: KimSite } }[]> {
  return (await renderedSites())
    .filter((kim) => (jenis ? kim.site.jenis === jenis : isGroup(kim.site)))
    .map((kim) => ({ params: { site: kim.slug }, props: { kim } }));
}

export interface KabarAnggotaProps {
  kim: KimSite;
  halaman: Page<BeritaAnggota<CollectionEntry<'berita'>>>;
}

/** Pages of the members' news roll-up: `kabar-anggota/` (fromPage 1), then `…/halaman/<n>/`. */
export async function kabarAnggotaPaths(fromPage: 1 | 2) {
  const bySite = await Promise.all(
    (await groupSitePaths()).map(async ({ props: { kim } }) => ({ kim, berita: await loadAnggotaBerita(await loadAnggota(kim)) })),
  );
  return bySite.flatMap(({ kim, berita }) =>
    paginate(berita)
      .filter((h) => (fromPage === 1 ? h.nomor === 1 : h.nomor > 1))
      .map((halaman) => ({
        params: { site: kim.slug, ...(halaman.nomor > 1 ? { n: String(halaman.nomor) } : {}) },
        props: { kim, halaman } satisfies KabarAnggotaProps,
      })),
  );
}
