/**
 * District portal: its directory of member KIMs, grouped by kecamatan, with each KIM's latest
 * berita and activity status. Pure, so it is testable without Astro; the pages pass in what
 * they loaded.
 */
import type { ActivityStatus } from '../../scripts/lib/report/activity.ts';
import type { KimSite } from './sites.ts';

/** Where the build driver leaves the activity report for the portal pages, below the data root. */
export const ACTIVITY_FILE = '.simpul/activity.json';

export interface DirectoryEntry {
  kim: KimSite;
  /** Date of the KIM's newest published berita, if any. */
  latest?: Date;
  /** From the activity report; null when the build had no git history to read. */
  status: ActivityStatus | null;
}

export interface DirectoryGroup {
  kecamatan: string;
  entries: DirectoryEntry[];
}

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });
const key = (s: string) => s.trim().toLocaleLowerCase('id');

/**
 * Members grouped by kecamatan (as the first of them spells it), kecamatan in alphabetical
 * order; in each, the forum first, then the KIMs by name.
 */
export function directoryGroups(entries: readonly DirectoryEntry[]): DirectoryGroup[] {
  const groups = new Map<string, DirectoryGroup>();
  for (const e of entries) {
    const name = e.kim.site.wilayah.kecamatan.trim();
    let g = groups.get(key(name));
    if (!g) groups.set(key(name), (g = { kecamatan: name, entries: [] }));
    g.entries.push(e);
  }
  const forumFirst = (e: DirectoryEntry) => (e.kim.site.jenis === 'forum-kecamatan' ? 0 : 1);
  return [...groups.values()]
    .sort((a, b) => collator.compare(a.kecamatan, b.kecamatan))
    .map((g) => ({ ...g, entries: g.entries.sort((a, b) => forumFirst(a) - forumFirst(b) || collator.compare(a.kim.site.nama, b.kim.site.nama)) }));
}

/** How many members have each status, for the totals line. */
export function statusCounts(entries: readonly DirectoryEntry[]): Partial<Record<ActivityStatus, number>> {
  const counts: Partial<Record<ActivityStatus, number>> = {};
  for (const e of entries) if (e.status) counts[e.status] = (counts[e.status] ?? 0) + 1;
  return counts;
}
