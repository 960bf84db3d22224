/**
 * The Decap CMS bundle (decap-cms.js, ~5 MB, plus ~95 chunks it loads relative to its own
 * URL) from the npm package: never a CDN, and one copy per deployment origin.
 *
 * Where a site's admin page finds it depends only on the site's own URL, so a one-site
 * rebuild and a full build agree:
 * - a site at the root of its origin (`https://kim-x.desa.id/`) carries its own copy in
 *   `dist/<slug>/admin/decap/`;
 * - sites under a subpath (`https://host/kim-x/`, typically many KIMs on one GitHub Pages
 *   origin) share one copy in the folder above them: `https://host/_simpul/decap/`, written
 *   to `dist/_origin/<host>/_simpul/decap/`. Deploy `dist/_origin/<host>/` at that origin's
 *   root (or, for `https://host/proj/kim-x/`, its `proj/` folder is inside it already).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SiteConfig } from '../../../src/schemas/index.ts';
import { projectRoot } from '../paths.ts';

export const DECAP_DIST = path.join(projectRoot, 'node_modules/decap-cms/dist');

/** Folder name of the shared copy on an origin. */
export const SHARED_DIR = '_simpul/decap';

/**
 * The files the browser may need: the entry, its chunks, the two WebAssembly modules and
 * the licence. Source maps and the second (`cms.js`) build are left out.
 */
export function bundleFiles(dist = DECAP_DIST): string[] {
  return fs
    .readdirSync(dist)
    .filter((f) => f === 'decap-cms.js' || /^\d+\.decap-cms\.js$/.test(f) || f.endsWith('.wasm') || f === 'decap-cms.js.LICENSE.txt')
    .sort();
}

export interface BundlePlacement {
  /** Folder under distDir that holds the copy. */
  dir: string;
  /** URL of decap-cms.js as written in `<slug>/admin/index.html`. */
  scriptUrl: string;
  /** The origin the copy serves, for messages and docs. */
  origin: string;
}

/** Path part of the site URL, always ending in `/`. */
function basePathOf(site: Pick<SiteConfig, 'url'>): string {
  return new URL(site.url).pathname.replace(/\/?$/, '/');
}

export function bundlePlacement(site: Pick<SiteConfig, 'url' | 'slug'>): BundlePlacement {
  const url = new URL(site.url);
  const base = basePathOf(site);
  if (base === '/') {
    return { dir: path.join(site.slug, 'admin', 'decap'), scriptUrl: 'decap/decap-cms.js', origin: url.origin };
  }
  // The folder that contains the site folder: `/` for `/kim-x/`, `/proj/` for `/proj/kim-x/`.
  const parent = base.replace(/[^/]+\/$/, '');
  const host = url.port ? `${url.hostname}_${url.port}` : url.hostname;
  return {
    dir: path.join('_origin', host, ...parent.split('/').filter(Boolean), ...SHARED_DIR.split('/')),
    scriptUrl: `${parent}${SHARED_DIR}/decap-cms.js`,
    origin: url.origin,
  };
}

/**
 * Puts the bundle into `dir` unless an identical copy is already there. Every site on its own
 * domain needs its own copy, so within one `dist/` the files are hard links to the first copy
 * written (no extra disk, no 6 MB write per site); across file systems they are copied.
 * A freshly packaged site has no `admin/decap/` yet, so it gets its links without checks.
 */
export async function copyBundle(dir: string, dist = DECAP_DIST, linkFrom?: string): Promise<{ copied: number }> {
  const fresh = !fs.existsSync(dir);
  await fs.promises.mkdir(dir, { recursive: true });
  const copied = await Promise.all(
    bundleFiles(dist).map(async (f) => {
      const from = path.join(dist, f);
      const to = path.join(dir, f);
      if (!fresh) {
        const [a, b] = await Promise.all([fs.promises.stat(from), fs.promises.stat(to).catch(() => null)]);
        if (b && b.size === a.size && b.mtimeMs >= a.mtimeMs) return 0;
        if (b) await fs.promises.rm(to);
      }
      const linked = linkFrom
        ? await fs.promises.link(path.join(linkFrom, f), to).then(
            () => true,
            () => false,
          )
        : false;
      if (!linked) await fs.promises.copyFile(from, to);
      return 1;
    }),
  );
  return { copied: copied.reduce<number>((n, c) => n + c, 0) };
}

/** Writes one bundle copy per placement: several subpath sites on one origin share one. */
export async function writeSharedBundles(opts: { distDir: string; sites: SiteConfig[] }): Promise<string[]> {
  const dirs = [...new Set(opts.sites.map((s) => bundlePlacement(s).dir))].sort();
  let first: string | undefined;
  for (const dir of dirs) {
    const target = path.join(opts.distDir, dir);
    await copyBundle(target, DECAP_DIST, first);
    first ??= target;
  }
  return dirs;
}
