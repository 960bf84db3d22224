/** What the last build produced for each site, kept in `<data root>/.simpul/state.json`. */
import fs from 'node:fs';
import path from 'node:path';
import type { DataRoot } from './paths.ts';

export interface SiteState {
  hash: string;
  builtAt: string;
  pages: number;
  bytes: number;
  /** Where it was packaged, so a different `--out` is not mistaken for up to date. */
  distDir: string;
}

export type BuildState = Record<string, SiteState>;

function stateFile(root: DataRoot): string {
  return path.join(root.workDir, 'state.json');
}

export function readState(root: DataRoot): BuildState {
  try {
    return JSON.parse(fs.readFileSync(stateFile(root), 'utf8')) as BuildState;
  } catch {
    return {};
  }
}

export function writeState(root: DataRoot, state: BuildState): void {
  fs.mkdirSync(root.workDir, { recursive: true });
  const tmp = `${stateFile(root)}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(state, null, 2));
  fs.renameSync(tmp, stateFile(root));
}

/**
 * The files every finished site has: pages, search index and admin page. A build killed
 * after packaging but before its search and CMS steps leaves a site without the last two.
 */
export const COMPLETE_SITE_FILES = ['index.html', 'pagefind/pagefind.js', 'admin/index.html'];

/** Whether a site's output holds everything a finished build writes. */
export function isComplete(siteDir: string): boolean {
  return COMPLETE_SITE_FILES.every((f) => fs.existsSync(path.join(siteDir, f)));
}

/** Up to date when the inputs match and the packaged output is still there, complete. */
export function isUpToDate(root: DataRoot, state: BuildState, slug: string, hash: string): boolean {
  const s = state[slug];
  return !!s && s.hash === hash && s.distDir === root.distDir && isComplete(path.join(root.distDir, slug));
}
