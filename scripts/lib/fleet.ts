/**
 * The fleet: which KIM sites a data root holds, and which of them one build run takes
 * (`--site`, `--shard`). Reads only folder names and the raw `site.yaml` fields the
 * selection needs; full validation happens in validate.ts.
 */
import { isGroup, membersOf } from '../../src/lib/membership.ts';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { hashString } from './random.ts';
import type { DataRoot } from './paths.ts';

export interface FleetSite {
  slug: string;
  archived: boolean;
  jenis: string | undefined;
  /** Explicit member slugs of a forum or portal (see src/lib/membership.ts). */
  anggota: string[];
  /** Area names, read loosely: what membership is derived from. */
  wilayah?: { kecamatan?: string; kabupaten?: string; provinsi?: string };
  /** The KIM's name and address, when they are text (the activity report lists them). */
  nama?: string;
  url?: string;
  /** A portal's activity thresholds, as written (`aktif_hari`, `tidak_aktif_hari`). */
  aktivitas?: Record<string, unknown>;
}

function areaOf(w: unknown): FleetSite['wilayah'] {
  if (!w || typeof w !== 'object') return {};
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const r = w as Record<string, unknown>;
  return { kecamatan: text(r.kecamatan), kabupaten: text(r.kabupaten), provinsi: text(r.provinsi) };
}

/** Every folder under `sites/`, sorted; site.yaml is read loosely (it may be invalid). */
export function discoverFleet(root: DataRoot): FleetSite[] {
  if (!fs.existsSync(root.sitesDir)) return [];
  return fs
    .readdirSync(root.sitesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
    .map((d) => d.name)
    .sort()
    .map((slug) => {
      let raw: Record<string, unknown> = {};
      try {
        const parsed = parse(fs.readFileSync(path.join(root.sitesDir, slug, 'site.yaml'), 'utf8'));
        if (parsed && typeof parsed === 'object') raw = parsed as Record<string, unknown>;
      } catch {
        // Reported by validation.
      }
      return {
        slug,
        archived: raw.diarsipkan === true,
        jenis: typeof raw.jenis === 'string' ? raw.jenis : undefined,
        anggota: Array.isArray(raw.anggota) ? raw.anggota.filter((a): a is string => typeof a === 'string') : [],
        wilayah: areaOf(raw.wilayah),
        nama: typeof raw.nama === 'string' ? raw.nama : undefined,
        url: typeof raw.url === 'string' ? raw.url : undefined,
        aktivitas: raw.aktivitas && typeof raw.aktivitas === 'object' ? (raw.aktivitas as Record<string, unknown>) : undefined,
      };
    });
}

export interface Shard {
  index: number;
  count: number;
}

/** Parses `i/n` (1-based), e.g. `2/8`. */
export function parseShard(value: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  if (!m) throw new Error(`--shard harus berbentuk i/n, contoh: 1/4 (diberikan: "${value}")`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count) {
    throw new Error(`--shard ${value}: i harus antara 1 dan n, dan n minimal 1`);
  }
  return { index, count };
}

export function inShard(key: string, shard: Shard): boolean {
  // A stable hash, so a site stays in its shard when others are added.
  return hashString(key) % shard.count === shard.index - 1;
}

/**
 * Jenis whose members can be the whole fleet (a district portal lists every KIM of a
 * kabupaten). Pulling all members into one shard would undo sharding, so these sites belong
 * to no shard: `npm run build:merge` builds them after the shards' outputs are merged, when
 * every member's content (in the repository) and output (in the merged dist) is there.
 */
export const AFTER_MERGE_JENIS: ReadonlySet<string> = new Set(['portal-kabupaten']);

export const isAfterMerge = (s: Pick<FleetSite, 'jenis'>): boolean => s.jenis !== undefined && AFTER_MERGE_JENIS.has(s.jenis);

/**
 * The key each site's shard is chosen by. A forum rolls up its members' news and indexes
 * their built pages for search, so a forum and its members must be built by the same job:
 * they share one key, the first (by name) forum of the group. A KIM in two forums joins
 * both into one group. Sites outside any forum keep their own slug, so adding a site moves
 * no other site to another shard.
 */
export function shardKeys(fleet: FleetSite[]): Map<string, string> {
  const parent = new Map<string, string>(fleet.map((s) => [s.slug, s.slug]));
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  // Union by name: the root of a group is its smallest slug that is a forum. Members are
  // derived as the build derives them (src/lib/membership.ts).
  const live = fleet.filter((s) => !s.archived);
  const isForum = new Map(fleet.map((s) => [s.slug, isGroup(s)]));
  for (const f of live) {
    if (isAfterMerge(f) || !isGroup(f)) continue;
    for (const m of membersOf(f, live)) {
      if (!isForum.has(m)) continue;
      const [a, b] = [find(f.slug), find(m)];
      if (a === b) continue;
      const [forumA, forumB] = [isForum.get(a)!, isForum.get(b)!];
      // Prefer a forum as the root, then the smaller name: a stable, readable key.
      const aFirst = forumA !== forumB ? forumA : a < b;
      if (aFirst) parent.set(b, a);
      else parent.set(a, b);
    }
  }
  return new Map(fleet.map((s) => [s.slug, find(s.slug)]));
}

/** Shard number (1…n) of every site; 0 for sites built after the merge (see AFTER_MERGE_JENIS). */
export function assignShards(fleet: FleetSite[], count: number): Map<string, number> {
  const keys = shardKeys(fleet);
  return new Map(fleet.map((s) => [s.slug, isAfterMerge(s) ? 0 : (hashString(keys.get(s.slug)!) % count) + 1]));
}

export interface Selection {
  /** Sites this run builds, in order. */
  selected: FleetSite[];
  /** Archived sites that were left out. */
  archived: string[];
}

/**
 * Chooses the sites of one run. Unknown names in `--site` are an error, so a typo never
 * silently builds nothing.
 */
export function selectSites(fleet: FleetSite[], opts: { sites?: string[]; shard?: Shard }): Selection {
  let pool = fleet;
  if (opts.sites && opts.sites.length > 0) {
    const known = new Set(fleet.map((s) => s.slug));
    const unknown = opts.sites.filter((s) => !known.has(s));
    if (unknown.length > 0) {
      throw new Error(`Situs tidak ditemukan di sites/: ${unknown.join(', ')}. Situs yang ada: ${fleet.map((s) => s.slug).join(', ') || '(belum ada)'}`);
    }
    pool = fleet.filter((s) => opts.sites!.includes(s.slug));
  }
  if (opts.shard) {
    const shards = assignShards(fleet, opts.shard.count);
    pool = pool.filter((s) => shards.get(s.slug) === opts.shard!.index);
  }
  return { selected: pool.filter((s) => !s.archived), archived: pool.filter((s) => s.archived).map((s) => s.slug) };
}
