/**
 * Forum KIM kecamatan: its member KIMs and the roll-up of their latest news. Pure functions
 * over already loaded data, so they are testable without Astro; the build driver loads the
 * members' content through SIMPUL_LOAD and the pages pass `allSites()` and `entriesOf()` in.
 */
import { membersOf } from './membership.ts';
import type { KimSite } from './sites.ts';
import { absoluteUrl } from './urls.ts';

/**
 * The members of a forum or portal (src/lib/membership.ts), in the operator's order when
 * listed, else by slug; members this build did not load (archived or invalid) are left out.
 */
export function anggotaForum(forum: KimSite, all: readonly KimSite[]): KimSite[] {
  const bySlug = new Map(all.map((s) => [s.slug, s]));
  return membersOf(
    forum.site,
    all.map((s) => s.site),
  ).flatMap((slug) => bySlug.get(slug) ?? []);
}

/** Member slugs listed in site.yaml that this build did not load (missing, archived or invalid). */
export function anggotaNotLoaded(forum: KimSite, all: readonly KimSite[]): string[] {
  const exists = new Set(all.map((s) => s.slug));
  return membersOf(
    forum.site,
    all.map((s) => s.site),
  ).filter((slug) => !exists.has(slug));
}

/** The part of a berita entry the roll-up needs. */
export interface BeritaSummary {
  id: string;
  data: { judul: string; tanggal: Date; ringkasan: string; draft?: boolean };
}

export interface BeritaAnggota<B extends BeritaSummary = BeritaSummary> {
  anggota: KimSite;
  entry: B;
  judul: string;
  tanggal: Date;
  ringkasan: string;
  /** Absolute URL on the member's own site: a deliberate cross-site link. */
  url: string;
}

/** Entry name from an id `<slug>/berita/<name>`. */
function entryName(id: string): string {
  return id.split('/').slice(2).join('/');
}

/** The newest `batas` news across all members, newest first. */
export function latestAnggotaBerita<B extends BeritaSummary>(byAnggota: readonly { anggota: KimSite; berita: readonly B[] }[], limit = 10): BeritaAnggota<B>[] {
  return byAnggota
    .flatMap(({ anggota, berita }) =>
      berita
        .filter((b) => !b.data.draft)
        .map((b) => ({
          anggota,
          entry: b,
          judul: b.data.judul,
          tanggal: b.data.tanggal,
          ringkasan: b.data.ringkasan,
          url: absoluteUrl(anggota.site, `berita/${entryName(b.id)}/`),
        })),
    )
    .sort((a, b) => b.tanggal.getTime() - a.tanggal.getTime() || a.url.localeCompare(b.url))
    .slice(0, Math.max(0, limit));
}
