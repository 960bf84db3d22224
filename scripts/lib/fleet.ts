/**
 * The fleet: which KIM sites a data root holds, and which of them one build run takes
 * (`--site`, `--shard`). Reads only folder names and the raw `site.yaml` fields the
 * selection needs; full validation happens in validate.ts.
 */
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
  wilayah: { kecamatan?: string; kabupaten?: string; provinsi?: string };
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

export function inShard(slug: string, shard: Shard): boolean {
  // A stable hash, so a site stays in its shard when others are added.
  return hashString(slug) % shard.count === shard.index - 1;
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
      throw new Error(
        `Situs tidak ditemukan di sites/: ${unknown.join(', ')}. Situs yang ada: ${fleet.map((s) => s.slug).join(', ') || '(belum ada)'}`,
      );
    }
    pool = fleet.filter((s) => opts.sites!.includes(s.slug));
  }
  if (opts.shard) pool = pool.filter((s) => inShard(s.slug, opts.shard!));
  return { selected: pool.filter((s) => !s.archived), archived: pool.filter((s) => s.archived).map((s) => s.slug) };
}
