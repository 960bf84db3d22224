/** Where things live: the project (theme, node_modules) and a data root (sites/, content/). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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
