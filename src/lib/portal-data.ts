/**
 * What the portal pages show about its members: directory entries with each KIM's latest
 * berita and its activity status, from the report the build driver wrote.
 */
import { readBuildEnv } from './build-env.ts';
import { readActivity, type DirectoryEntry } from './portal.ts';
import { entriesOf, type KimSite } from './sites.ts';
import { loadAnggota } from './forum-data.ts';

const env = readBuildEnv();

export async function loadDirectory(portal: KimSite): Promise<{ entries: DirectoryEntry[]; activity: ReturnType<typeof readActivity> }> {
  const activity = readActivity(env.root);
  const rows = new Map((activity?.rows ?? []).map((r) => [r.slug, r]));
  const anggota = await loadAnggota(portal);
  const entries = await Promise.all(
    anggota.map(async (kim) => ({
      kim,
      // entriesOf sorts newest first and leaves drafts out.
      latest: (await entriesOf(kim.slug, 'berita'))[0]?.data.tanggal,
      status: activity?.historyKnown ? (rows.get(kim.slug)?.status ?? null) : null,
    })),
  );
  return { entries, activity };
}
