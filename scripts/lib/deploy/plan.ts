/**
 * The deploy plan: per unit, every file that will be published (where it comes from, its
 * size and content hash), what changed since the last deploy, and the host limit checks.
 * Building the plan reads `dist/` and changes nothing.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DataRoot } from '../paths.ts';
import { cloudflareHeaders } from './headers.ts';
import { checkProjects, checkUnit, DEFAULT_LIMITS, type HostLimits } from './limits.ts';
import { originFiles } from './origin-pages.ts';
import {
  checkRepo,
  checkUnitGrowth,
  DEFAULT_REPO_LIMITS,
  GROWTH_PER_KIM_YEAR,
  guessRepoHost,
  measureRepo,
  type RepoHost,
  type RepoLimits,
  type RepoSize,
} from './repo-size.ts';
import { diffFiles, readState, statePath, type Changes, type DeployState } from './state.ts';
import { groupUnits, loadSites, TARGETS, type DeploySite, type Target, type Unit } from './units.ts';

export interface PlanFile {
  /** Source file in dist/, or generated content. */
  src?: string;
  content?: string;
  bytes: number;
  hash: string;
}

export interface UnitPlan extends Unit {
  files: Map<string, PlanFile>;
  bytes: number;
  changes: Changes;
  /** Archived KIMs whose files leave this unit (only with --prune). */
  pruned: string[];
  /** Archived KIMs kept live because --prune was not given. */
  keptArchived: string[];
  errors: string[];
  warnings: string[];
}

export interface Plan {
  units: UnitPlan[];
  notes: string[];
  /** Errors that are not one unit's: unreadable site.yaml, bad options. */
  errors: string[];
  warnings: string[];
  /** Units whose every site is archived: with --prune their live copy goes (folder, Cloudflare). */
  prunedUnits: Unit[];
  repo: { host: RepoHost; size: RepoSize };
}

export interface PlanOptions {
  sites?: string[];
  target?: Target;
  prune?: boolean;
  limits?: Partial<Record<Target, HostLimits>>;
  state?: DeployState;
  /** The repository's Git host and limits (default: guessed from the targets, DEFAULT_REPO_LIMITS). */
  repo?: { host?: RepoHost; limits?: Partial<RepoLimits>; size?: RepoSize };
  /** Bytes per active KIM per year, for the growth warnings (default GROWTH_PER_KIM_YEAR). */
  growth?: Partial<typeof GROWTH_PER_KIM_YEAR>;
}

function walk(dir: string, base = dir, out: string[] = []): string[] {
  for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) walk(p, base, out);
    else if (d.isFile()) out.push(path.relative(base, p).split(path.sep).join('/'));
  }
  return out;
}

const sha = (b: Buffer | string) => crypto.createHash('sha256').update(b).digest('hex').slice(0, 32);

/** The folder of `dist/_origin/` that is the unit's root (host, with `_port`, then parent path). */
function originDir(dist: string, u: Unit): string {
  const url = new URL(u.rootUrl);
  const host = url.port ? `${url.hostname}_${url.port}` : url.hostname;
  return path.join(dist, '_origin', host, ...url.pathname.split('/').filter(Boolean));
}

/** Where a site's folder sits inside its unit: `kim-a/` for `/proj/kim-a/` under `/proj/`, `` for a root site. */
export function sitePrefix(u: Unit, s: DeploySite): string {
  return s.base.slice(new URL(u.rootUrl).pathname.length);
}

/** Member origins a forum shows images from. */
/** Origins other than the site's own that its search results show member thumbnails from. */
export function imageOrigins(s: DeploySite, all: readonly DeploySite[]): string[] {
  return s.anggota
    .map((m) => all.find((x) => x.slug === m))
    .filter((x): x is DeploySite => !!x)
    .map((x) => new URL(x.url).origin)
    .filter((o) => o !== new URL(s.url).origin);
}

export function buildPlan(root: DataRoot, opts: PlanOptions = {}): Plan {
  const loaded = loadSites(root);
  const repoHost = opts.repo?.host ?? guessRepoHost(loaded.sites.map((s) => s.target));
  const plan: Plan = {
    units: [],
    notes: [...loaded.notes],
    errors: [...loaded.errors],
    warnings: [],
    prunedUnits: [],
    repo: { host: repoHost, size: opts.repo?.size ?? measureRepo(root) },
  };
  const growth = { ...GROWTH_PER_KIM_YEAR, ...opts.growth };
  const known = new Set(loaded.sites.map((s) => s.slug));
  for (const s of opts.sites ?? []) {
    if (!known.has(s)) plan.errors.push(`--site ${s}: tidak ada situs dengan slug itu di ${path.join(root.sitesDir)}.`);
  }
  if (opts.target && !TARGETS.includes(opts.target)) plan.errors.push(`--target harus salah satu dari ${TARGETS.join(', ')} (diberikan: ${opts.target}).`);
  const grouped = groupUnits(loaded.sites);
  plan.errors.push(...grouped.errors);
  const state = opts.state ?? readState(statePath(root));
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };

  for (const u of grouped.units) {
    if (opts.target && u.target !== opts.target) continue;
    let chosen = u.sites;
    if (opts.sites?.length) chosen = u.sites.filter((s) => opts.sites!.includes(s.slug));
    if (chosen.length === 0) continue;
    // A unit with only archived sites is live files waiting for --prune, nothing to publish.
    if (u.sites.every((s) => s.archived) && !u.shared) {
      if (opts.prune) {
        if (u.target === 'folder' || u.target === 'cloudflare-pages') plan.prunedUnits.push(u);
        else plan.notes.push(`${u.name}: diarsipkan; hapus situs ${u.target} ini dari host dengan tangan (lihat docs/deploy.md bagian 7).`);
      } else plan.notes.push(`${u.name}: semua KIM-nya diarsipkan; tidak dipasang lagi, tetapi berkas live-nya tetap sampai --prune.`);
      continue;
    }
    const up: UnitPlan = { ...u, files: new Map(), bytes: 0, changes: diffFiles({}, undefined), pruned: [], keptArchived: [], errors: [], warnings: [] };
    const add = (rel: string, f: Omit<PlanFile, 'hash' | 'bytes'> & { buf?: Buffer }) => {
      const buf = f.buf ?? (f.content !== undefined ? Buffer.from(f.content) : fs.readFileSync(f.src!));
      up.files.set(rel, { src: f.src, content: f.content, bytes: buf.length, hash: sha(buf) });
    };
    // The unit publishes all its sites (a shared origin is one tree); --site only picks units.
    for (const s of u.sites) {
      if (s.archived) {
        if (opts.prune) {
          up.pruned.push(s.slug);
          continue;
        }
        up.keptArchived.push(s.slug);
      }
      const dir = path.join(root.distDir, s.slug);
      if (!fs.existsSync(path.join(dir, 'index.html'))) {
        if (s.archived) continue;
        up.errors.push(`${s.slug}: belum dibangun (${dir} tidak ada). Jalankan dulu: npm run build -- --site ${s.slug}`);
        continue;
      }
      const prefix = sitePrefix(u, s);
      for (const f of walk(dir)) add(prefix + f, { src: path.join(dir, f) });
      if (u.target === 'cloudflare-pages') add('_headers', { content: cloudflareHeaders(imageOrigins(s, loaded.sites), s.backendOrigins) });
    }
    if (u.shared) {
      const od = originDir(root.distDir, u);
      if (fs.existsSync(od)) for (const f of walk(od)) add(f, { src: path.join(od, f) });
      else up.errors.push(`${u.name}: salinan Decap bersama (${od}) tidak ada. Jalankan dulu: npm run build`);
      for (const [p, c] of originFiles({ ...u, sites: u.sites.filter((s) => !up.pruned.includes(s.slug)) })) add(p, { content: c });
    }
    let largest: { path: string; bytes: number } | undefined;
    for (const [p, f] of up.files) {
      up.bytes += f.bytes;
      if (!largest || f.bytes > largest.bytes) largest = { path: p, bytes: f.bytes };
    }
    up.changes = diffFiles(Object.fromEntries([...up.files].map(([p, f]) => [p, f.hash])), state.units[u.name]);
    const chk = checkUnit({ name: u.name, target: u.target, files: up.files.size, bytes: up.bytes, largest }, limits[u.target] ?? {});
    up.errors.push(...chk.errors);
    up.warnings.push(...chk.warnings);
    const soon = checkUnitGrowth(u.name, u.target, up.bytes, limits[u.target]?.maxBytes, {
      kims: u.sites.filter((s) => !s.archived).length,
      perKimYear: growth.pages,
    });
    if (soon) up.warnings.push(soon);
    if (up.keptArchived.length) {
      plan.notes.push(`${u.name}: ${up.keptArchived.join(', ')} diarsipkan tetapi tetap dipasang; berkasnya dihapus hanya dengan --prune.`);
    }
    plan.units.push(up);
  }
  const projects = grouped.units.filter((u) => u.target === 'cloudflare-pages' && u.sites.some((s) => !s.archived)).length;
  const pc = checkProjects(projects, limits['cloudflare-pages'] ?? {});
  plan.errors.push(...pc.errors);
  plan.warnings.push(...pc.warnings);
  const rc = checkRepo(
    plan.repo.size,
    repoHost,
    { ...DEFAULT_REPO_LIMITS[repoHost], ...opts.repo?.limits },
    { kims: loaded.sites.filter((s) => !s.archived).length, perKimYear: growth.repo },
  );
  plan.warnings.push(...rc.warnings);
  return plan;
}
