/**
 * District portal: its directory of member KIMs, grouped by kecamatan, with each KIM's latest
 * berita and activity status. Pure, so it is testable without Astro; the pages pass in what
 * they loaded.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ActivityReport, ActivityStatus } from '../../scripts/lib/report/activity.ts';
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

/** The fragment id of a kecamatan's group in the directory: `kecamatan-senduro`. */
export function kecamatanAnchor(kecamatan: string): string {
  return `kecamatan-${kecamatan
    .toLocaleLowerCase('id')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}

/** How many members have each status, for the totals line. */
export function statusCounts(entries: readonly DirectoryEntry[]): Partial<Record<ActivityStatus, number>> {
  const counts: Partial<Record<ActivityStatus, number>> = {};
  for (const e of entries) if (e.status) counts[e.status] = (counts[e.status] ?? 0) + 1;
  return counts;
}

/** The activity report the build driver wrote for this build; null when there is none. */
export function readActivity(root: string): ActivityReport | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, ACTIVITY_FILE), 'utf8')) as ActivityReport;
  } catch {
    return null;
  }
}
