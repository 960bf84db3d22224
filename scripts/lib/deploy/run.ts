/** The deploy command's steps: plan, refuse what breaks a limit, publish each unit, summarize. */
import { imageOrigins as siteImageOrigins } from './plan.ts';
import fs from 'node:fs';
import path from 'node:path';
import { formatBytes, formatSeconds, formatTable } from '../format.ts';
import type { DataRoot } from '../paths.ts';
import { assembleInto } from './assemble.ts';
import { deleteCloudflareProject, deployCloudflare, spawnRunner, wranglerDeleteArgs, type Runner } from './cloudflare.ts';
import { deployFolder, liveToPrune, pruneFolderUnit, rollbackFolder, unitDir } from './folder.ts';
import { detectBrotli, nginxConfig } from './nginx.ts';
import { buildPlan, type UnitPlan } from './plan.ts';
import type { RepoHost } from './repo-size.ts';
import { describeChanges, hasChanges, readState, statePath, writeState } from './state.ts';
import { groupUnits, loadSites, type Target, type Unit } from './units.ts';

export interface DeployOptions {
  root: DataRoot;
  sites?: string[];
  target?: Target;
  dryRun: boolean;
  prune: boolean;
  rollback?: string;
  out?: string;
  listen: string;
  gitlabMaxBytes?: number;
  /** The repository's Git host and its hard limit, for the repository-size warning. */
  repoHost?: RepoHost;
  repoMaxBytes?: number;
  brotli?: boolean;
}

export interface DeployDeps {
  runner?: Runner;
  log?: (line: string) => void;
}

export const defaultArtifactDir = (root: DataRoot, unit: string) => path.join(root.workDir, 'deploy', unit);

export async function runDeploy(o: DeployOptions, deps: DeployDeps = {}): Promise<number> {
  const log = deps.log ?? ((l: string) => console.log(l));
  if (o.rollback) {
    if (!o.out) {
      log('Galat: --rollback perlu --out <folder live> (folder yang sama dengan saat deploy target folder).');
      return 2;
    }
    const r = rollbackFolder(o.out, o.rollback);
    log(`${o.rollback}: dikembalikan ke ${r.to} (sebelumnya ${r.from}).`);
    // A pruned unit is live again: nginx needs its server block back.
    if (r.from.startsWith('.dipangkas')) writeNginx(o);
    return 0;
  }
  const state = readState(statePath(o.root));
  const plan = buildPlan(o.root, {
    sites: o.sites,
    target: o.target,
    prune: o.prune,
    state,
    limits: o.gitlabMaxBytes ? { 'gitlab-pages': { maxBytes: o.gitlabMaxBytes } } : undefined,
    repo: { host: o.repoHost, limits: o.repoMaxBytes ? { max: o.repoMaxBytes, recommended: undefined } : undefined },
  });
  for (const n of plan.notes) log(`Catatan: ${n}`);
  for (const w of [...plan.warnings, ...plan.units.flatMap((u) => u.warnings)]) log(`Peringatan: ${w}`);
  if (plan.errors.length) {
    for (const e of plan.errors) log(`Galat: ${e}`);
    log('Tidak ada yang dipasang: perbaiki galat di atas dulu, supaya tidak ada situs live yang hilang.');
    return 1;
  }
  if (plan.units.length === 0 && plan.prunedUnits.length === 0) {
    log('Tidak ada unit yang cocok dengan pilihan ini.');
    return 0;
  }
  const folderUnits = [...plan.units, ...plan.prunedUnits].some((u) => u.target === 'folder');
  if (folderUnits && !o.out && !o.dryRun) {
    log('Galat: target folder perlu --out <folder live>, misalnya --out /srv/simpul.');
    return 2;
  }

  log(`Rencana${o.dryRun ? ' (--dry-run: tidak ada yang diubah)' : ''}:`);
  if (plan.units.length) {
    log(
      formatTable(
        ['Unit', 'Hosting', 'Situs', 'Berkas', 'Ukuran', 'Sejak deploy terakhir'],
        plan.units.map((u) => [
          u.name,
          u.target,
          u.sites.map((s) => s.slug).join(', '),
          String(u.files.size),
          formatBytes(u.bytes),
          describeChanges(u.changes),
        ]),
      ),
    );
  }
  for (const u of plan.units) {
    if (u.pruned.length === 0) continue;
    const live = u.target === 'folder' && o.out ? liveToPrune(o.out, u) : u.pruned.map((s) => `${u.rootUrl}${s}/`);
    log(`${o.dryRun ? 'Akan dihapus' : 'Dihapus'} (--prune, ${u.name}):${live.length ? '' : ' tidak ada berkas live'}`);
    for (const p of live) log(`  - ${p}`);
  }
  for (const u of plan.prunedUnits) {
    log(`${o.dryRun ? 'Akan dihapus' : 'Dihapus'} (--prune, ${u.name}, semua KIM-nya diarsipkan):`);
    for (const line of pruneTargets(u, o)) log(`  - ${line}`);
  }
  for (const u of plan.units) for (const e of u.errors) log(`Ditolak: ${e}`);
  if (o.dryRun) return plan.units.some((u) => u.errors.length) ? 1 : 0;

  const rows: string[][] = [];
  let failed = 0;
  for (const u of plan.prunedUnits) {
    const t0 = Date.now();
    let result: string;
    try {
      result = await pruneUnit(u, o, deps.runner ?? spawnRunner);
      delete state.units[u.name];
      writeState(statePath(o.root), state);
    } catch (e) {
      result = `gagal menghapus: ${(e as Error).message}`;
      failed++;
    }
    log(`  ${u.name}: ${result}`);
    rows.push([u.name, String(u.sites.length), '0', '0 B', formatSeconds(Date.now() - t0), result]);
  }
  const sameTarget = (t: Target) => plan.units.filter((u) => u.target === t).length;
  for (const u of plan.units) {
    const t0 = Date.now();
    let result: string;
    if (u.errors.length) {
      result = 'ditolak (batas/galat)';
      failed++;
    } else {
      log(`→ ${u.name} (${u.target}): ${u.files.size} berkas, ${formatBytes(u.bytes)}…`);
      try {
        result = await deployUnit(u, o, sameTarget(u.target) === 1, deps.runner ?? spawnRunner);
        state.units[u.name] = { target: u.target, at: new Date().toISOString(), files: Object.fromEntries([...u.files].map(([p, f]) => [p, f.hash])) };
        writeState(statePath(o.root), state);
      } catch (e) {
        result = `gagal: ${(e as Error).message}`;
        failed++;
      }
      log(`  ${u.name}: ${result}`);
    }
    rows.push([u.name, String(u.sites.length), String(u.files.size), formatBytes(u.bytes), formatSeconds(Date.now() - t0), result]);
  }
  if (folderUnits && o.out) writeNginx(o);
  log('');
  log(formatTable(['Unit', 'Situs', 'Berkas', 'Ukuran', 'Waktu', 'Hasil'], rows));
  log(failed ? `${failed} unit gagal atau ditolak; unit lain tetap dipasang.` : 'Semua unit terpasang.');
  return failed ? 1 : 0;
}

async function deployUnit(u: UnitPlan, o: DeployOptions, onlyOfTarget: boolean, runner: Runner): Promise<string> {
  switch (u.target) {
    case 'github-pages':
    case 'gitlab-pages': {
      // With one origin of this kind, --out is the artifact itself; with several, their parent.
      const out = o.out ? (onlyOfTarget ? o.out : path.join(o.out, u.name)) : defaultArtifactDir(o.root, u.name);
      await assembleInto(u, out);
      return `artefak ditulis ke ${out}`;
    }
    case 'cloudflare-pages': {
      if (!hasChanges(u.changes)) return 'tidak berubah, tidak diunggah';
      const dir = defaultArtifactDir(o.root, u.name);
      await assembleInto(u, dir);
      await deployCloudflare(dir, u.sites[0]!.proyek, runner);
      return `diunggah ke proyek ${u.sites[0]!.proyek}`;
    }
    case 'folder': {
      const r = await deployFolder(o.out!, u);
      return `live: ${r.release}${r.carried.length ? ` (tetap dari versi lama: ${r.carried.join(', ')})` : ''}`;
    }
  }
}

/** Exactly what --prune removes for a unit whose KIMs are all archived. */
function pruneTargets(u: Unit, o: DeployOptions): string[] {
  if (u.target === 'cloudflare-pages') {
    const p = u.sites[0]!.proyek;
    return [`proyek Cloudflare Pages "${p}" (${u.rootUrl}), dengan: wrangler ${wranglerDeleteArgs(p).join(' ')}`];
  }
  if (!o.out) return [`folder unit ${u.name} di folder live (beri --out <folder live> untuk melihat jalurnya)`];
  const dir = unitDir(o.out, u.name);
  if (!fs.existsSync(dir)) return [`tidak ada: ${dir} tidak ada di folder live`];
  return [`${dir}/ (seluruhnya: current, previous, releases/; dipindah ke ${path.join(o.out, '.dipangkas')}/ untuk --rollback ${u.name})`];
}

async function pruneUnit(u: Unit, o: DeployOptions, runner: Runner): Promise<string> {
  if (u.target === 'cloudflare-pages') {
    await deleteCloudflareProject(u.sites[0]!.proyek, runner);
    return `proyek ${u.sites[0]!.proyek} dihapus dari Cloudflare`;
  }
  const kept = pruneFolderUnit(o.out!, u.name);
  return kept ? `tidak live lagi; salinan untuk --rollback: ${kept}` : 'tidak live, tidak ada yang dihapus';
}

/** The config covers every folder unit that is live in `out`, not only this run's. */
function writeNginx(o: DeployOptions): void {
  const loaded = loadSites(o.root);
  const units = groupUnits(loaded.sites).units.filter((u) => u.target === 'folder' && fs.existsSync(path.join(o.out!, u.name, 'current')));
  const imageOrigins: Record<string, string[]> = {};
  for (const s of loaded.sites) {
    imageOrigins[s.slug] = siteImageOrigins(s, loaded.sites);
  }
  const file = path.join(o.out!, 'nginx', 'simpul.conf');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, nginxConfig(units, { listen: o.listen, liveDir: o.out!, brotli: o.brotli ?? detectBrotli(), imageOrigins }));
}
