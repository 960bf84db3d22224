/**
 * Loads what the forum components show: members from `allSites()` and their berita. The
 * build driver must load members' content (SIMPUL_LOAD); a member it did not load is left
 * out with a warning rather than failing the forum's build.
 */
import { anggotaForum, anggotaTakDimuat, beritaTerbaruAnggota } from '../../lib/forum.ts';
import { allSites, entriesOf, type KimSite } from '../../lib/sites.ts';

export async function muatAnggota(forum: KimSite): Promise<KimSite[]> {
  const semua = await allSites();
  const hilang = anggotaTakDimuat(forum, semua);
  if (hilang.length > 0) {
    console.warn(`[simpul] ${forum.slug}: anggota forum tidak dimuat dan dilewati: ${hilang.join(', ')}`);
  }
  return anggotaForum(forum, semua);
}

export async function muatBeritaAnggota(anggota: readonly KimSite[], batas = 10) {
  const perAnggota = await Promise.all(anggota.map(async (a) => ({ anggota: a, berita: await entriesOf(a.slug, 'berita') })));
  return beritaTerbaruAnggota(perAnggota, batas);
}
