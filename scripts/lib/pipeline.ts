/**
 * The build driver: validate → choose what changed → one Astro build → package each site →
 * search index and CMS admin → summary. A site with invalid content is reported and left
 * out; its previous `dist/<slug>/` stays as it was, and every other site still builds.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SiteConfig } from '../../src/schemas/index.ts';
import { groupsOf, membersOf } from '../../src/lib/membership.ts';
import { ACTIVITY_FILE } from '../../src/lib/portal.ts';
import { basePath } from '../../src/lib/urls.ts';
import { discoverFleet, selectSites, type Shard } from './fleet.ts';
import { formatBytes, formatSeconds, formatTable } from './format.ts';
import { combine, siteHash, themeHash } from './hash.ts';
import { dirSize, packageSite, removeDeadScratch, type PackageResult } from './package.ts';
import { projectRoot, type DataRoot } from './paths.ts';
import { renderSites } from './render.ts';
import { activityReport, type ActivityReport } from './report/activity.ts';
import { isUpToDate, readState, writeState } from './state.ts';
import { formatIssue, validateSite, type SiteReport } from './validate.ts';

export interface BuildOptions {
  root: DataRoot;
  sites?: string[];
  shard?: Shard;
  force?: boolean;
  verbose?: boolean;
  /** Where progress goes; tests pass a collector. */
  log?: (line: string) => void;
}

export type SiteStatus = 'dibangun' | 'tidak berubah' | 'tidak valid' | 'gagal';

export interface SiteOutcome {
  slug: string;
  status: SiteStatus;
  pages?: number;
  bytes?: number;
  ms?: number;
  error?: string;
}

export interface BuildSummary {
  outcomes: SiteOutcome[];
  archived: string[];
  ms: number;
  /** Peak resident memory of this process, MB. */
  peakRssMb: number;
  ok: boolean;
}

/** Extra steps run on freshly packaged sites (search index, CMS admin). */
export interface PostStep {
  name: string;
  run(sites: PackagedSite[], ctx: { root: DataRoot; allValid: Map<string, SiteConfig> }): Promise<void>;
}

export interface PackagedSite extends PackageResult {
  site: SiteConfig;
  base: string;
}

const postSteps: PostStep[] = [];

/**
 * For the interrupted-build tests: `SIMPUL_KILL_AT=<point>` makes the build kill itself
 * (SIGKILL, as an operator's Ctrl-C on a stuck machine or an OOM kill would) at that point.
 */
function killPoint(name: 'render' | 'package' | 'post-steps'): void {
  if (process.env.SIMPUL_KILL_AT === name) process.kill(process.pid, 'SIGKILL');
}

/** Registers a step that runs after packaging, for every build. */
export function addPostStep(step: PostStep): void {
  postSteps.push(step);
}

export async function buildFleet(opts: BuildOptions): Promise<BuildSummary> {
  const started = performance.now();
  const log = opts.log ?? ((l: string) => console.log(l));
  const { root } = opts;
  const fleet = discoverFleet(root);
  const { selected, archived } = selectSites(fleet, { sites: opts.sites, shard: opts.shard });
  const live = fleet.filter((s) => !s.archived);
  // Forums and portals roll up their members' news and search: rebuilding a member with
  // --site takes them along, so they never go stale. (Shards build their own groups.)
  if (opts.sites && !opts.shard) {
    const chosen = new Set(selected.map((s) => s.slug));
    const groups = new Set([...chosen].flatMap((slug) => groupsOf(slug, live)));
    for (const g of live) {
      if (groups.has(g.slug) && !chosen.has(g.slug)) {
        selected.push(g);
        chosen.add(g.slug);
      }
    }
  }
  const outcomes = new Map<string, SiteOutcome>();
  // A build that was killed leaves staging and swapped-out folders behind; a live one's stay.
  removeDeadScratch(root.distDir);

  log(`Simpul: ${selected.length} situs dipilih dari ${rel(root.sitesDir)}${archived.length ? ` (${archived.length} diarsipkan, dilewati)` : ''}`);

  // 1. Validate the selected sites, and the members whose news a forum or portal rolls up.
  const memberSlugs = new Set(selected.flatMap((s) => membersOf(s, live)));
  const toValidate = fleet.filter((s) => (selected.includes(s) || memberSlugs.has(s.slug)) && !s.archived);
  const reports = new Map<string, SiteReport>();
  log('Memeriksa isi situs…');
  const tValidate = performance.now();
  for (const s of toValidate) {
    const report = validateSite(root, s.slug, { fleet });
    reports.set(s.slug, report);
    if (!selected.includes(s)) continue;
    for (const warning of report.warnings) log(`  ⚠ ${formatIssue(warning)}`);
    if (report.issues.length === 0) log(`  ✓ ${s.slug} (${report.entries} entri)`);
    else {
      log(`  ✗ ${s.slug}: ${report.issues.length} kesalahan, situs ini dilewati (keluaran lamanya tidak diubah)`);
      for (const issue of report.issues) log(`      ${formatIssue(issue)}`);
      outcomes.set(s.slug, { slug: s.slug, status: 'tidak valid', error: `${report.issues.length} kesalahan isi` });
    }
  }
  log(`  selesai dalam ${formatSeconds(performance.now() - tValidate)}`);
  const valid = new Map<string, SiteConfig>();
  for (const [slug, r] of reports) if (r.issues.length === 0 && r.site) valid.set(slug, r.site);

  const validSites = [...valid.values()];
  /** Members of a forum or portal that passed validation: only they are loaded and hashed. */
  const membersOfValid = (slug: string) => membersOf(valid.get(slug)!, validSites).filter((m) => valid.has(m));
  // A member left out for its errors would silently vanish from the forum's or portal's pages.
  for (const s of selected) {
    const group = valid.get(s.slug);
    if (!group) continue;
    const invalid = membersOf(group, live).filter((m) => reports.has(m) && !valid.has(m));
    if (invalid.length > 0)
      log(`  ⚠ ${s.slug}: ${invalid.length} anggota dilewati karena isinya belum lolos pemeriksaan (npm run check -- --site <slug>): ${invalid.join(', ')}`);
  }

  // 2. Skip what did not change.
  const theme = themeHash();
  const state = readState(root);
  const hashes = new Map<string, string>();
  const ownHash = new Map<string, string>();
  const own = (slug: string) => {
    if (!ownHash.has(slug)) ownHash.set(slug, siteHash(root, slug));
    return ownHash.get(slug)!;
  };
  // A portal shows its members' activity, which changes with time and git history, not
  // only with content: it is part of the portal's hash, and the theme reads it from a file.
  const activity = selected.some((s) => valid.get(s.slug)?.jenis === 'portal-kabupaten') ? await writeActivity(root) : undefined;
  const activityKey = (slug: string) =>
    activity && valid.get(slug)?.jenis === 'portal-kabupaten'
      ? [`aktivitas:${activity.date}`, ...membersOfValid(slug).map((m) => `${m}:${activity.rows.find((r) => r.slug === m)?.status}`)]
      : [];
  const toBuild: string[] = [];
  for (const s of selected) {
    const cfg = valid.get(s.slug);
    if (!cfg) continue;
    const members = membersOfValid(s.slug);
    const hash = combine(theme, own(s.slug), ...members.map((m) => `${m}:${own(m)}`), ...activityKey(s.slug));
    hashes.set(s.slug, hash);
    if (!opts.force && isUpToDate(root, state, s.slug, hash)) {
      const prev = state[s.slug]!;
      outcomes.set(s.slug, { slug: s.slug, status: 'tidak berubah', pages: prev.pages, bytes: prev.bytes });
    } else toBuild.push(s.slug);
  }
  const unchanged = [...outcomes.values()].filter((o) => o.status === 'tidak berubah').map((o) => o.slug);
  if (unchanged.length)
    log(`Tidak berubah sejak build terakhir, dilewati: ${unchanged.length} situs${opts.force ? '' : ' (pakai --force untuk membangun ulang)'}`);

  // 3. Render every changed site in one Astro build, then package each one.
  const packaged: PackagedSite[] = [];
  if (toBuild.length > 0) {
    log(`Merender ${toBuild.length} situs dalam satu build Astro…`);
    const t0 = performance.now();
    killPoint('render');
    const { groups, failed } = await renderSites({
      root,
      sites: toBuild,
      loadFor: (slug) => [slug, ...membersOfValid(slug)],
      verbose: opts.verbose,
      log,
    });
    for (const [slug, error] of failed) outcomes.set(slug, { slug, status: 'gagal', error });
    if (failed.size === 0) log(`  selesai dalam ${formatSeconds(performance.now() - t0)}`);
    const renderMs = performance.now() - t0;
    const renderedCount = groups.reduce((n, g) => n + g.slugs.length, 0);

    // A site is marked built only once every step has finished: forget the old mark before
    // its output is replaced, so a build killed from here on rebuilds it next time.
    for (const group of groups) for (const slug of group.slugs) delete state[slug];
    writeState(root, state);

    log('Mengemas situs:');
    const tPackage = performance.now();
    let i = 0;
    for (const group of groups) {
      for (const slug of group.slugs) {
        i++;
        const t = performance.now();
        const site = valid.get(slug)!;
        try {
          const base = basePath(site);
          const res = packageSite({ slug, base, astroOut: group.outDir, distDir: root.distDir, publicDir: path.join(projectRoot, 'public') });
          const ms = performance.now() - t + renderMs / Math.max(1, renderedCount);
          packaged.push({ ...res, site, base });
          outcomes.set(slug, { slug, status: 'dibangun', pages: res.pages, bytes: res.bytes, ms });
          log(`  [${i}/${renderedCount}] ${slug}: ${res.pages} halaman, ${formatBytes(res.bytes)}`);
          killPoint('package');
        } catch (err) {
          outcomes.set(slug, { slug, status: 'gagal', error: firstLine(err) });
          log(`  ✗ ${slug}: gagal dikemas: ${firstLine(err)}`);
        }
      }
      fs.rmSync(group.outDir, { recursive: true, force: true });
    }

    log(`  selesai dalam ${formatSeconds(performance.now() - tPackage)}`);
    // The steps run at once: search indexing works in Pagefind's helper processes and leaves
    // this one mostly idle, and the CMS step writes only `admin/`, which search never reads.
    if (packaged.length > 0) {
      await Promise.all(
        postSteps.map(async (step) => {
          const t = performance.now();
          try {
            await step.run(packaged, { root, allValid: valid });
            killPoint('post-steps');
            log(`${step.name}: selesai dalam ${formatSeconds(performance.now() - t)}`);
          } catch (err) {
            log(`✗ ${step.name} gagal: ${firstLine(err)}`);
            for (const p of packaged) outcomes.set(p.slug, { ...outcomes.get(p.slug)!, status: 'gagal', error: `${step.name}: ${firstLine(err)}` });
          }
        }),
      );
    }

    for (const p of packaged) {
      const o = outcomes.get(p.slug)!;
      if (o.status !== 'dibangun') continue;
      // Search index and admin page are part of what gets deployed.
      p.bytes = o.bytes = dirSize(p.dir);
      state[p.slug] = { hash: hashes.get(p.slug)!, builtAt: new Date().toISOString(), pages: p.pages, bytes: p.bytes, distDir: root.distDir };
    }
    writeState(root, state);
  }

  const list = selected.map((s) => outcomes.get(s.slug)!).filter(Boolean);
  const summary: BuildSummary = {
    outcomes: list,
    archived,
    ms: performance.now() - started,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    ok: list.every((o) => o.status === 'dibangun' || o.status === 'tidak berubah'),
  };
  log('');
  log(summaryTable(summary));
  return summary;
}

export function summaryTable(s: BuildSummary): string {
  const rows = s.outcomes.map((o) => [
    o.slug,
    o.status,
    o.pages === undefined ? '-' : String(o.pages),
    o.ms === undefined ? '-' : formatSeconds(o.ms),
    o.bytes === undefined ? '-' : formatBytes(o.bytes),
  ]);
  const built = s.outcomes.filter((o) => o.status === 'dibangun').length;
  const bad = s.outcomes.filter((o) => o.status === 'tidak valid' || o.status === 'gagal');
  const footer = [
    `Total ${formatSeconds(s.ms)}; ${built} dibangun, ${s.outcomes.length - built - bad.length} tidak berubah, ${bad.length} bermasalah; memori puncak ${s.peakRssMb} MB.`,
  ];
  if (bad.length) footer.push(`Perbaiki dulu: ${bad.map((o) => o.slug).join(', ')}. Keluaran lama situs tersebut tidak diubah.`);
  return [formatTable(['Situs', 'Status', 'Halaman', 'Waktu', 'Ukuran'], rows), '', ...footer].join('\n');
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0]!;
}

/** A short path for messages: relative inside the working folder, absolute outside it. */
function rel(p: string): string {
  const r = path.relative(process.cwd(), p);
  return r === '' ? '.' : r.startsWith('..') ? p : r;
}

/** The activity report for the portals' pages, written where the theme reads it. */
async function writeActivity(root: DataRoot): Promise<ActivityReport> {
  const report = await activityReport(root);
  const file = path.join(root.root, ACTIVITY_FILE);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(report));
  return report;
}
