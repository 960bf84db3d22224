/**
 * Shared by the CMS end-to-end tests: a temporary copy of one demo KIM, `npm run cms` on it,
 * file snapshots, and a phone-like photo.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { parseFrontmatter } from '../../scripts/lib/frontmatter.ts';
import { freePort, until } from '../../tests/helpers/net.ts';

export const PROJECT = path.resolve(import.meta.dirname, '../..');
export const NODE = process.execPath;

/** The demo KIM when the fleet has it, else the test fixture. */
export function demoSource(): { root: string; slug: string } {
  const slug = 'kim-ngudi-rahayu';
  if (fs.existsSync(path.join(PROJECT, 'sites', slug, 'site.yaml')) && fs.existsSync(path.join(PROJECT, 'content', slug, 'potensi'))) {
    return { root: PROJECT, slug };
  }
  return { root: path.join(PROJECT, 'tests/fixtures/dua-situs'), slug: 'kim-alpha' };
}

/** path → sha256 of every file under `dir`. */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(path.relative(dir, p), crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

/** Paths whose content differs between two snapshots (added, removed or changed). */
export function changedPaths(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...new Set([...before.keys(), ...after.keys()])].filter((p) => before.get(p) !== after.get(p)).sort();
}

/** A phone-like photo: 4000×3000 noise (a few MB), EXIF orientation 6, GPS tags. */
export async function phonePhoto(file: string): Promise<void> {
  await sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#777777', noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
    .withMetadata({ orientation: 6 })
    .withExif({ IFD0: { Make: 'HP Warga' }, IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '6/1 33/1 48/1' } })
    .jpeg({ quality: 95 })
    .toFile(file);
}

/** An entry as the CMS wrote it, or undefined while the file is still being written (empty or cut short). */
export function readWrittenEntry(file: string): { data: Record<string, any>; body: string } | undefined {
  try {
    return parseFrontmatter(fs.readFileSync(file, 'utf8')) as { data: Record<string, any>; body: string };
  } catch {
    return undefined;
  }
}

export interface CmsProcess {
  child: ChildProcess;
  adminUrl: string;
  log: () => string;
  stop: () => Promise<void>;
}

/** `npm run cms` (without the dev server) on `root`, ready when it prints the admin URL. */
export async function startCms(root: string, slug: string): Promise<CmsProcess> {
  const [port, apiPort] = [await freePort(), await freePort()];
  const child = spawn(
    NODE,
    [path.join(PROJECT, 'scripts/cms.ts'), '--site', slug, '--root', root, '--no-dev', '--port', String(port), '--api-port', String(apiPort)],
    {
      cwd: PROJECT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  child.stdout!.on('data', (d) => (log += String(d)));
  child.stderr!.on('data', (d) => (log += String(d)));
  const adminUrl = await until(() => /Buka di peramban: (\S+)/.exec(log)?.[1], `npm run cms siap:\n${log}`, 30_000);
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  return { child, adminUrl, log: () => log, stop };
}
