/**
 * Renders a group of KIM sites in ONE Astro build (about 2 s fixed cost, however many sites),
 * as DESIGN.md's measurements advise. The build reads its instructions from SIMPUL_* env vars.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
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
 * Build in a child process. Used to isolate sites one by one after a group build failed, so
 * one broken site never stops the others.
 */
export function runAstroChild(job: AstroJob): Promise<{ ok: boolean; log: string }> {
  resetContentStore(job);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
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
