/**
 * Forum KIM kecamatan: its member KIMs and the roll-up of their latest news. Pure functions
 * over already loaded data, so they are testable without Astro; the build driver loads the
 * members' content through SIMPUL_LOAD and the pages pass `allSites()` and `entriesOf()` in.
 */
import type { KimSite } from './sites.ts';
import { absoluteUrl } from './urls.ts';

/** The forum's members in the order the operator listed them; unknown or archived slugs are left out. */
export function anggotaForum(forum: KimSite, semua: readonly KimSite[]): KimSite[] {
  if (forum.site.jenis !== 'forum-kecamatan') return [];
  const bySlug = new Map(semua.map((s) => [s.slug, s]));
  const seen = new Set<string>();
  const hasil: KimSite[] = [];
  for (const slug of forum.site.anggota) {
    const anggota = bySlug.get(slug);
    if (!anggota || seen.has(slug) || slug === forum.slug) continue;
    seen.add(slug);
    hasil.push(anggota);
  }
  return hasil;
}

/** Member slugs listed in site.yaml that this build did not load (missing, archived or invalid). */
export function anggotaTakDimuat(forum: KimSite, semua: readonly KimSite[]): string[] {
  const ada = new Set(semua.map((s) => s.slug));
  return forum.site.anggota.filter((slug) => !ada.has(slug));
}

/** The part of a berita entry the roll-up needs. */
export interface BeritaRingkas {
  id: string;
  data: { judul: string; tanggal: Date; ringkasan: string; draft?: boolean };
}

export interface BeritaAnggota<B extends BeritaRingkas = BeritaRingkas> {
  anggota: KimSite;
  entry: B;
  judul: string;
  tanggal: Date;
  ringkasan: string;
  /** Absolute URL on the member's own site: a deliberate cross-site link. */
  url: string;
}

/** Entry name from an id `<slug>/berita/<name>`. */
function namaEntri(id: string): string {
  return id.split('/').slice(2).join('/');
}

/** The newest `batas` news across all members, newest first. */
export function beritaTerbaruAnggota<B extends BeritaRingkas>(
  perAnggota: readonly { anggota: KimSite; berita: readonly B[] }[],
  batas = 10,
): BeritaAnggota<B>[] {
  return perAnggota
    .flatMap(({ anggota, berita }) =>
      berita
        .filter((b) => !b.data.draft)
        .map((b) => ({
          anggota,
          entry: b,
          judul: b.data.judul,
          tanggal: b.data.tanggal,
          ringkasan: b.data.ringkasan,
          url: absoluteUrl(anggota.site, `berita/${namaEntri(b.id)}/`),
        })),
    )
    .sort((a, b) => b.tanggal.getTime() - a.tanggal.getTime() || a.url.localeCompare(b.url))
    .slice(0, Math.max(0, batas));
}
