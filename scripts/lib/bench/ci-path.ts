/**
 * The CI path after one KIM's content changes, as the Pages workflow runs it, from a restored
 * cache: restore (`.simpul/state.json`, the image cache and `dist/`, as actions/cache does,
 * from a tar), build (`npm run build -- --shard 1/1`), merge (`npm run build:merge`) and
 * assemble (`npm run deploy -- --target github-pages --out _site`) up to the artifact that
 * upload-pages-artifact would send. `npm ci`, the checkout and the network are not counted.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { dirSize } from '../package.ts';
import { projectRoot } from '../paths.ts';
import { editOneSite, generateFleet } from './fleet-gen.ts';
import { build } from './run-build.ts';

export interface CiRun {
  restore: number;
  build: number;
  merge: number;
  assemble: number | undefined;
  total: number;
  built: number;
}

export interface Artifact {
  files: number;
  bytes: number;
}

const CACHED = ['.simpul/state.json', '.simpul/astro-cache/assets', 'dist'];

function script(name: string, args: string[]): number {
  const t0 = performance.now();
  const res = spawnSync(process.execPath, [path.join(projectRoot, 'scripts', `${name}.ts`), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (res.status !== 0) throw new Error(`${name} gagal (kode ${res.status}): ${(res.stderr || res.stdout).slice(-2000)}`);
  return (performance.now() - t0) / 1000;
}

export const hasDeploy = (): boolean => fs.existsSync(path.join(projectRoot, 'scripts', 'deploy.ts'));

export function artifactSize(dir: string): Artifact {
  const files = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).length;
  return { files, bytes: dirSize(dir) };
}

/**
 * Where every run checks the fleet out. A CI runner's workspace path is the same on every run,
 * and the build state records the absolute dist/ it packaged to, so the bench keeps it fixed too.
 */
const checkoutDir = (dir: string) => path.join(dir, 'checkout', 'shard-1');

/** A fleet built once, its cache packed as actions/cache would pack it. */
export function prepareCiFleet(dir: string, spec: { sites: number; pages: number }): { cold: number; tar: string } {
  const seed = checkoutDir(dir);
  generateFleet(seed, { ...spec, oneOrigin: true });
  const cold = build(seed, 'dingin (membuat cache)').s;
  const tar = path.join(dir, 'cache.tar');
  execFileSync('tar', ['-cf', tar, '-C', seed, ...CACHED]);
  return { cold, tar };
}

/** One push: a fresh checkout (not timed), one KIM edited, then the timed CI steps. */
export function ciRun(dir: string, tar: string, run: number, spec: { sites: number; pages: number }): { run: CiRun; artifact: Artifact } {
  const checkout = checkoutDir(dir);
  fs.rmSync(path.join(dir, 'checkout'), { recursive: true, force: true });
  generateFleet(checkout, { ...spec, oneOrigin: true });
  editOneSite(checkout, run);
  const t0 = performance.now();
  execFileSync('tar', ['-xf', tar, '-C', checkout]);
  const restore = (performance.now() - t0) / 1000;
  const b = build(checkout, 'satu KIM berubah', ['--shard', '1/1']);
  // The merge job's checkout: sites/ and content/ of the same commit.
  const mergeRoot = path.join(dir, `putaran-${run}`, 'gabung');
  for (const d of ['sites', 'content']) fs.cpSync(path.join(checkout, d), path.join(mergeRoot, d), { recursive: true });
  const merge = script('build-merge', ['--root', mergeRoot, checkout]);
  const site = path.join(mergeRoot, '_site');
  const assemble = hasDeploy() ? script('deploy', ['--root', mergeRoot, '--target', 'github-pages', '--out', site]) : undefined;
  const artifact = artifactSize(assemble === undefined ? path.join(mergeRoot, 'dist') : site);
  const total = restore + b.s + merge + (assemble ?? 0);
  return { run: { restore, build: b.s, merge, assemble, total, built: b.built }, artifact };
}
