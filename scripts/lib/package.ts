/**
 * Packaging: turns one Astro output (all sites under `/<slug>/`) into self-contained
 * `dist/<slug>/` folders, each complete for where its site.yaml says it is served.
 * - `/_astro/…` URLs become `<site base>_astro/…`, and only the files a site references are copied.
 * - `404/index.html` becomes `404.html`, which static hosts serve for missing pages.
 * - The new folder is staged, then swapped in, so a failure never leaves a half-written site.
 */
import fs from 'node:fs';
import path from 'node:path';
import { walkFiles } from './walk.ts';

export interface PackageJob {
  slug: string;
  /** URL path prefix of the site: `/` or `/kim-x/`. */
  base: string;
  /** Astro output directory holding `<slug>/` and `_astro/`. */
  astroOut: string;
  distDir: string;
  /** Files copied into every site (from the project's `public/`). */
  publicDir?: string;
}

export interface PackageResult {
  slug: string;
  pages: number;
  bytes: number;
  dir: string;
}

const TEXT_EXT = new Set(['.html', '.xml', '.txt', '.json', '.css', '.js', '.mjs', '.webmanifest', '.ics', '.svg']);
const ASTRO_REF = /\/_astro\/([A-Za-z0-9._~%@+-]+)/g;

function listFiles(dir: string): string[] {
  return walkFiles(dir).map((f) => path.join(dir, f));
}

/** Moves the site's rendered folder into the staging area; copies across file systems. */
export function moveTree(src: string, dest: string): void {
  try {
    fs.renameSync(src, dest);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
    fs.cpSync(src, dest, { recursive: true });
  }
}

/** Rewrites `/_astro/x` to `<base>_astro/x` and collects the referenced file names. */
export function rewriteAssetUrls(text: string, base: string, refs: Set<string>): string {
  return text.replace(ASTRO_REF, (_m, name: string) => {
    refs.add(decodeURIComponent(name));
    return `${base}_astro/${name}`;
  });
}

function copyAsset(astroDir: string, name: string, destDir: string, base: string, done: Set<string>): void {
  if (done.has(name)) return;
  done.add(name);
  const src = path.join(astroDir, name);
  if (!fs.existsSync(src)) throw new Error(`aset ${name} dirujuk tetapi tidak dihasilkan Astro`);
  const dest = path.join(destDir, name);
  if (TEXT_EXT.has(path.extname(name))) {
    // Assets can point at other assets (a stylesheet at an image): follow them.
    const inner = new Set<string>();
    fs.writeFileSync(dest, rewriteAssetUrls(fs.readFileSync(src, 'utf8'), base, inner));
    for (const n of inner) copyAsset(astroDir, n, destDir, base, done);
  } else {
    fs.copyFileSync(src, dest);
  }
}

export function packageSite(job: PackageJob): PackageResult {
  const src = path.join(job.astroOut, job.slug);
  if (!fs.existsSync(path.join(src, 'index.html'))) throw new Error(`Astro tidak menghasilkan halaman untuk ${job.slug}`);
  fs.mkdirSync(job.distDir, { recursive: true });
  const stage = path.join(job.distDir, `.staging-${job.slug}-${process.pid}`);
  fs.rmSync(stage, { recursive: true, force: true });
  try {
    // The Astro output is scratch space, so the site's folder is moved, not copied.
    moveTree(src, stage);
    if (job.publicDir && fs.existsSync(job.publicDir)) {
      fs.cpSync(job.publicDir, stage, { recursive: true, force: false, errorOnExist: false });
    }
    const notFound = path.join(stage, '404', 'index.html');
    if (fs.existsSync(notFound)) {
      fs.renameSync(notFound, path.join(stage, '404.html'));
      fs.rmSync(path.join(stage, '404'), { recursive: true, force: true });
    }

    const refs = new Set<string>();
    let pages = 0;
    let bytes = 0;
    for (const file of listFiles(stage)) {
      const ext = path.extname(file);
      if (ext === '.html') pages++;
      if (!TEXT_EXT.has(ext)) {
        bytes += fs.statSync(file).size;
        continue;
      }
      let text = fs.readFileSync(file, 'utf8');
      if (text.includes('/_astro/')) {
        const rewritten = rewriteAssetUrls(text, job.base, refs);
        // A site at its domain root keeps `/_astro/` as it is: no need to write it again.
        if (rewritten !== text) fs.writeFileSync(file, (text = rewritten));
      }
      bytes += Buffer.byteLength(text);
    }
    if (refs.size > 0) {
      const astroDir = path.join(job.astroOut, '_astro');
      const destDir = path.join(stage, '_astro');
      fs.mkdirSync(destDir, { recursive: true });
      const done = new Set<string>();
      for (const name of refs) copyAsset(astroDir, name, destDir, job.base, done);
      for (const name of done) bytes += fs.statSync(path.join(destDir, name)).size;
    }

    swapInto(stage, path.join(job.distDir, job.slug));
    return { slug: job.slug, pages, bytes, dir: path.join(job.distDir, job.slug) };
  } catch (err) {
    fs.rmSync(stage, { recursive: true, force: true });
    throw err;
  }
}

/** Total size of the files under a folder. */
export function dirSize(dir: string): number {
  return listFiles(dir).reduce((n, f) => n + fs.statSync(f).size, 0);
}

/** Replaces `target` with `stage` in two renames; the old folder is removed only after. */
export function swapInto(stage: string, target: string): void {
  const old = `${target}.old-${process.pid}`;
  const hadOld = fs.existsSync(target);
  if (hadOld) fs.renameSync(target, old);
  try {
    fs.renameSync(stage, target);
  } catch (err) {
    if (hadOld) fs.renameSync(old, target);
    throw err;
  }
  if (hadOld) fs.rmSync(old, { recursive: true, force: true });
}

/** Scratch names a build leaves while it works, each ending in the pid of its build. */
const SCRATCH = [/^\.staging-.+-(\d+)$/, /\.old-(\d+)$/, /^\.pagefind-(\d+)$/];

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the scratch of builds that died (killed mid-packaging or mid-indexing): staging
 * folders and swapped-out old folders in `distDir`, and the same inside each site folder.
 * Scratch of a build still running (its pid alive) is left alone.
 */
export function removeDeadScratch(distDir: string): string[] {
  const removed: string[] = [];
  const sweep = (dir: string) => {
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) {
      const pid = SCRATCH.map((re) => re.exec(name)?.[1]).find(Boolean);
      if (!pid || Number(pid) === process.pid || pidAlive(Number(pid))) continue;
      fs.rmSync(path.join(dir, name), { recursive: true, force: true });
      removed.push(path.join(dir, name));
    }
  };
  sweep(distDir);
  if (fs.existsSync(distDir)) {
    for (const d of fs.readdirSync(distDir, { withFileTypes: true })) if (d.isDirectory() && !d.name.startsWith('.')) sweep(path.join(distDir, d.name));
  }
  return removed;
}
