/** Where things live: the project (theme, node_modules) and a data root (sites/, content/). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SLUG_PATTERN } from '../../src/schemas/site.ts';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface DataRoot {
  /** Absolute path of the data root. */
  root: string;
  sitesDir: string;
  contentDir: string;
  /** Where packaged sites are written: `<root>/dist` unless told otherwise. */
  distDir: string;
  /** Build state and caches that survive between builds. */
  workDir: string;
}

export function dataRoot(root = projectRoot, distDir?: string): DataRoot {
  const abs = path.resolve(root);
  return {
    root: abs,
    sitesDir: path.join(abs, 'sites'),
    contentDir: path.join(abs, 'content'),
    distDir: path.resolve(distDir ?? path.join(abs, 'dist')),
    workDir: path.join(abs, '.simpul'),
  };
}

/** A path relative to the data root, with forward slashes, for messages. */
export function rel(root: DataRoot, p: string): string {
  return path.relative(root.root, p).split(path.sep).join('/');
}

/** A slug or path that would reach outside `sites/` or `content/`. */
export class PathError extends Error {}

export interface SiteFolders {
  /** `<root>/sites/<slug>` */
  siteDir: string;
  /** `<root>/sites/<slug>/site.yaml` */
  siteYaml: string;
  /** `<root>/content/<slug>` */
  contentDir: string;
}

function directlyIn(parent: string, child: string): string {
  const abs = path.resolve(parent, child);
  if (path.dirname(abs) !== path.resolve(parent)) throw new PathError(`"${child}" keluar dari folder ${parent}`);
  return abs;
}

/**
 * Where one KIM lives inside a data root. The slug is checked against the schema's pattern
 * before any path is built, and the result is checked to sit directly inside `sites/` or
 * `content/`, so no input (`../x`, `a/b`, an absolute path) can reach outside them.
 */
export function siteFolders(root: string, slug: string): SiteFolders {
  if (!SLUG_PATTERN.test(slug)) throw new PathError(`slug "${slug}" tidak sah`);
  const r = dataRoot(root);
  const siteDir = directlyIn(r.sitesDir, slug);
  return { siteDir, siteYaml: path.join(siteDir, 'site.yaml'), contentDir: directlyIn(r.contentDir, slug) };
}

/** Scratch space for staging new sites: inside the data root (same disk, so a rename is atomic) and ignored by git. */
export function stagingDir(root: string): string {
  return path.join(dataRoot(root).workDir, 'staging');
}
