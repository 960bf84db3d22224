/**
 * Input fingerprints for incremental builds. A site is rebuilt when its own folders, the
 * theme, the dependencies, or (for a forum) its members' content change.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot, type DataRoot } from './paths.ts';
import { walkFiles } from './walk.ts';

function walk(dir: string, out: string[]): void {
  out.push(...walkFiles(dir, { skipHidden: true }).map((f) => path.join(dir, f)));
}

/** Hash of file paths (relative to `base`) and contents, in a stable order. */
export function hashTree(dirs: string[], base: string, extraFiles: string[] = []): string {
  const files: string[] = [];
  for (const d of dirs) walk(d, files);
  for (const f of extraFiles) if (fs.existsSync(f)) files.push(f);
  files.sort();
  const h = crypto.createHash('sha256');
  for (const f of files) {
    h.update(path.relative(base, f));
    h.update('\0');
    h.update(fs.readFileSync(f));
    h.update('\0');
  }
  return h.digest('hex');
}

/** Everything shared by all sites: theme, build scripts, config and locked dependencies. */
export function themeHash(): string {
  return hashTree(
    [path.join(projectRoot, 'src'), path.join(projectRoot, 'public'), path.join(projectRoot, 'scripts', 'lib')],
    projectRoot,
    ['astro.config.mjs', 'package-lock.json', 'tsconfig.json'].map((f) => path.join(projectRoot, f)),
  );
}

/** A site's own inputs: `sites/<slug>/` and `content/<slug>/`. */
export function siteHash(root: DataRoot, slug: string): string {
  return hashTree([path.join(root.sitesDir, slug), path.join(root.contentDir, slug)], root.root);
}

export function combine(...parts: string[]): string {
  return crypto.createHash('sha256').update(parts.join('|')).digest('hex');
}
