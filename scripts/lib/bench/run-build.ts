/** One `npm run build -- --root <dir>` in its own process, timed, as the benchmarks run it. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../paths.ts';

export interface RunResult {
  s: number;
  peakRssMb: number;
  pages: number;
  built: number;
}

export function build(root: string, label: string, args: string[] = []): RunResult {
  const stats = path.join(os.tmpdir(), `simpul-bench-${process.pid}.json`);
  const t0 = performance.now();
  const res = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/build.ts'), '--root', root, '--stats', stats, ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const s = (performance.now() - t0) / 1000;
  if (res.status !== 0) {
    console.error(res.stdout.split('\n').slice(-30).join('\n'), res.stderr);
    throw new Error(`build "${label}" gagal (kode ${res.status})`);
  }
  const summary = JSON.parse(fs.readFileSync(stats, 'utf8')) as {
    peakRssMb: number;
    outcomes: { pages?: number; status: string }[];
  };
  fs.rmSync(stats, { force: true });
  return {
    s,
    peakRssMb: summary.peakRssMb,
    pages: summary.outcomes.reduce((n, o) => n + (o.pages ?? 0), 0),
    built: summary.outcomes.filter((o) => o.status === 'dibangun').length,
  };
}
