/**
 * Renders a group of KIM sites in ONE Astro build: its fixed cost (about 2 s) is paid once,
 * however many sites. The build reads its instructions from SIMPUL_* env vars.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isAlive } from './lock.ts';
import { projectRoot, type DataRoot } from './paths.ts';

export interface AstroJob {
  root: DataRoot;
  /** Sites whose pages are rendered. */
  render: string[];
  /** Sites whose content is loaded (rendered sites plus forum members). */
  load: string[];
  /** Astro output directory for this run. */
  outDir: string;
  verbose?: boolean;
}

const SCRATCH = path.join(projectRoot, '.simpul');
/** Machines sharing the project folder (containers on one volume) each have their own pids. */
const HOST_TAG = os.hostname().replace(/[^A-Za-z0-9]/g, '') || 'host';
const OUT_DIR = /^astro-out-(\d+)\.([A-Za-z0-9]+)(?:-|$)/;

/**
 * Scratch output of one Astro run, always inside the project. Astro stages its prerender
 * bundle in `<cwd>/.astro/.prerender/` when `outDir` is outside the working folder and then
 * renames files from there into `outDir`: two builds at once would share that stage, and a
 * data root on another file system would fail with EXDEV. Inside the project, the stage is
 * `<outDir>/.prerender/`, private to this run, and it still finds `node_modules`.
 */
export function astroOutDir(): string {
  return path.join(SCRATCH, `astro-out-${process.pid}.${HOST_TAG}`);
}

/** Removes scratch output left by builds on this machine that were killed. */
export function removeStaleOutDirs(): void {
  if (!fs.existsSync(SCRATCH)) return;
  for (const name of fs.readdirSync(SCRATCH)) {
    const m = OUT_DIR.exec(name);
    const pid = Number(m?.[1]);
    if (!m || m[2] !== HOST_TAG || pid === process.pid || isAlive(pid)) continue;
    fs.rmSync(path.join(SCRATCH, name), { recursive: true, force: true });
  }
}

function jobEnv(job: AstroJob): Record<string, string> {
  return {
    SIMPUL_ROOT: job.root.root,
    SIMPUL_SITES: job.render.join(','),
    SIMPUL_LOAD: job.load.join(','),
    SIMPUL_OUT: job.outDir,
    SIMPUL_CACHE: path.join(job.root.workDir, 'astro-cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
}

/**
 * The content store is rebuilt every run: a store restored from an earlier run with other
 * sites (or with since-deleted files) would bring back stale entries. Optimized images stay
 * cached in `astro-cache/assets/`, so a warm build reprocesses none.
 */
function resetContentStore(job: AstroJob): void {
  const cache = path.join(job.root.workDir, 'astro-cache');
  fs.rmSync(path.join(cache, 'data-store.json'), { force: true });
  fs.rmSync(job.outDir, { recursive: true, force: true });
}

/** In-process build: fastest, and lets the driver report the peak memory of the whole run. */
export async function runAstroInProcess(job: AstroJob): Promise<void> {
  resetContentStore(job);
  Object.assign(process.env, jobEnv(job));
  const { build } = await import('astro');
  await build({ root: projectRoot, logLevel: job.verbose ? 'info' : 'error', mode: 'production' });
}

/**
 * Build in a child process: the builds that follow a failed first one, each in a fresh
 * process, so nothing of the failed build's modules is reused.
 */
export function runAstroChild(job: AstroJob): Promise<{ ok: boolean; log: string }> {
  resetContentStore(job);
  return new Promise((resolve) => {
    // Not `--silent`: the log is only captured, and at that level Astro drops the
    // "Caught error rendering /<slug>/…" line that names the failing site.
    const child = spawn(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: projectRoot,
      env: { ...process.env, ...jobEnv(job) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('close', (code) => resolve({ ok: code === 0, log }));
  });
}
