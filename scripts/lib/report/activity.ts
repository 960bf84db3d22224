/**
 * The activity report: for each KIM, when its content last changed (from git), how many
 * entries of each type it has, its berita of the last 90 days, and whether it is still
 * active. `npm run report` prints it; the district portal's activity page shows the same rows.
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentTypes, type ContentTypeName } from '../../../src/schemas/index.ts';
import { discoverFleet, type FleetSite } from '../fleet.ts';
import { walkFiles } from '../walk.ts';
import { parseFrontmatter } from '../frontmatter.ts';
import type { DataRoot } from '../paths.ts';
import { readHistory, type SiteHistory } from './history.ts';

export type ActivityStatus = 'aktif' | 'kurang aktif' | 'tidak aktif' | 'baru';

/** Days since the last content change up to which a KIM counts as active, or less active. */
export interface Thresholds {
  aktifHari: number;
  tidakAktifHari: number;
}

/** Defaults, documented in docs/panduan-operator.md; a portal's site.yaml may override them. */
export const DEFAULT_THRESHOLDS: Thresholds = { aktifHari: 30, tidakAktifHari: 90 };

/** How far back "recent berita" reaches. */
export const RECENT_DAYS = 90;

const DAY = 86_400_000;

/**
 * Active up to `aktifHari` days after the last change (inclusive), less active up to
 * `tidakAktifHari`, inactive after that. A KIM younger than `tidakAktifHari` that is not
 * active yet is new, not inactive: it has not had the time to go quiet.
 */
export function classify(history: SiteHistory | undefined, now: Date, t: Thresholds): ActivityStatus {
  const last = history?.lastChange;
  const age = (d: Date) => (now.getTime() - d.getTime()) / DAY;
  if (last && age(last) <= t.aktifHari) return 'aktif';
  if (last && age(last) <= t.tidakAktifHari) return 'kurang aktif';
  if (history?.created && age(history.created) < t.tidakAktifHari) return 'baru';
  return 'tidak aktif';
}

export interface ActivityRow {
  slug: string;
  nama: string;
  jenis: string;
  kecamatan: string;
  kabupaten: string;
  provinsi: string;
  url: string;
  /** ISO date (YYYY-MM-DD) of the last content commit; null when unknown or never. */
  lastChange: string | null;
  /** Entries per content type, drafts included: they are work too. */
  counts: Record<ContentTypeName, number>;
  /** Published berita dated within the last RECENT_DAYS days. */
  beritaRecent: number;
  /** Null when the data root has no git history to read. */
  status: ActivityStatus | null;
}

export interface ActivityReport {
  /** The day the report is for (YYYY-MM-DD). */
  date: string;
  /** False outside a git checkout: no dates, no statuses. */
  historyKnown: boolean;
  rows: ActivityRow[];
}

export interface ReportOptions {
  now?: Date;
  kabupaten?: string;
  kecamatan?: string;
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');
const same = (a: string, b: string) => a.localeCompare(b, 'id', { sensitivity: 'base' }) === 0;

/** The thresholds a portal of this KIM's kabupaten sets, else the defaults. */
function thresholdsFor(site: FleetSite, portals: FleetSite[]): Thresholds {
  const portal = portals.find(
    (p) => same(text(p.wilayah?.kabupaten), text(site.wilayah?.kabupaten)) && same(text(p.wilayah?.provinsi), text(site.wilayah?.provinsi)),
  );
  const cfg = portal?.aktivitas ?? {};
  const num = (v: unknown, d: number) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : d);
  return {
    aktifHari: num(cfg.aktif_hari, DEFAULT_THRESHOLDS.aktifHari),
    tidakAktifHari: num(cfg.tidak_aktif_hari, DEFAULT_THRESHOLDS.tidakAktifHari),
  };
}

/** Markdown files under `dir`, as absolute paths; symlinks are not followed (the one walker). */
function markdownFiles(dir: string): string[] {
  return walkFiles(dir, { filter: (f) => f.endsWith('.md') }).map((f) => path.join(dir, f));
}

function beritaDate(file: string): number | null {
  try {
    const { data } = parseFrontmatter(fs.readFileSync(file, 'utf8'));
    const d = data as Record<string, unknown>;
    if (d.draft === true) return null;
    const t = d.tanggal instanceof Date ? d.tanggal.getTime() : typeof d.tanggal === 'string' ? Date.parse(d.tanggal) : NaN;
    return Number.isNaN(t) ? null : t;
  } catch {
    return null;
  }
}

export async function activityReport(root: DataRoot, opts: ReportOptions = {}): Promise<ActivityReport> {
  const now = opts.now ?? new Date();
  const history = await readHistory(root.root);
  // site.yaml read loosely: the report must list a KIM even when its config has a mistake.
  const sites = discoverFleet(root).filter((s) => !s.archived && !s.slug.startsWith('_'));
  const portals = sites.filter((s) => s.jenis === 'portal-kabupaten');
  const chosen = sites.filter(
    (s) => (!opts.kabupaten || same(text(s.wilayah?.kabupaten), opts.kabupaten)) && (!opts.kecamatan || same(text(s.wilayah?.kecamatan), opts.kecamatan)),
  );
  const rows = chosen.map((s): ActivityRow => {
    const dir = path.join(root.contentDir, s.slug);
    const counts = Object.fromEntries(contentTypes.map((t) => [t.name, markdownFiles(path.join(dir, t.name)).length])) as Record<ContentTypeName, number>;
    const since = now.getTime() - RECENT_DAYS * DAY;
    const beritaRecent = markdownFiles(path.join(dir, 'berita'))
      .map(beritaDate)
      .filter((t): t is number => t !== null && t >= since && t <= now.getTime()).length;
    const h = history?.get(s.slug);
    return {
      slug: s.slug,
      nama: s.nama || s.slug,
      jenis: text(s.jenis),
      kecamatan: text(s.wilayah?.kecamatan),
      kabupaten: text(s.wilayah?.kabupaten),
      provinsi: text(s.wilayah?.provinsi),
      url: text(s.url),
      lastChange: h?.lastChange ? h.lastChange.toISOString().slice(0, 10) : null,
      counts,
      beritaRecent,
      status: history ? classify(h, now, thresholdsFor(s, portals)) : null,
    };
  });
  return { date: now.toISOString().slice(0, 10), historyKnown: history !== null, rows };
}
