/** The one recursive file walker for scripts and tests. */
import fs from 'node:fs';
import path from 'node:path';

export interface WalkOptions {
  /** Leave out files and folders whose name starts with a dot. */
  skipHidden?: boolean;
  /** Return false to leave a folder out; gets its path relative to the start, with `/`. */
  enterDir?: (rel: string) => boolean;
  /** Keep only the files this accepts; gets the relative path, with `/`. */
  filter?: (rel: string) => boolean;
  /** Also list symlinks (never followed), so a caller can refuse them. */
  includeSymlinks?: boolean;
}

/**
 * Regular files under `dir`, as paths relative to it with forward slashes, sorted. Symlinks
 * are never followed. A missing folder gives an empty list.
 */
export function walkFiles(dir: string, opts: WalkOptions = {}): string[] {
  const out: string[] = [];
  const visit = (sub: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(dir, sub), { withFileTypes: true });
    } catch (err) {
      if (sub === '' && (err as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw err;
    }
    for (const e of entries) {
      if (opts.skipHidden && e.name.startsWith('.')) continue;
      const rel = sub ? `${sub}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!opts.enterDir || opts.enterDir(rel)) visit(rel);
      } else if ((e.isFile() || (opts.includeSymlinks && e.isSymbolicLink())) && (!opts.filter || opts.filter(rel))) {
        out.push(rel);
      }
    }
  };
  visit('');
  return out.sort();
}
