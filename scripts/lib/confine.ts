/**
 * Keeps a KIM's files inside its own folder, as the file system resolves them: no symlink
 * anywhere in `content/<slug>/` (nor the folder itself a symlink), and a path is inside only
 * if its real path (`realpath`) is. `check` and the build's content loader both use this, so
 * a symlink to another KIM's file or folder, or to anything outside the data root, is refused
 * by each of them on its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { walkFiles } from './walk.ts';

export interface SymlinkProblem {
  /** The symlink, or the folder that is one. */
  file: string;
  message: string;
}

const MESSAGE =
  'tautan simbolik (symlink) tidak diizinkan di folder konten KIM; ganti dengan berkas atau folder biasa (salin isinya ke sini bila memang milik KIM ini)';

const realOrUndefined = (p: string) => {
  try {
    return fs.realpathSync(p);
  } catch {
    return undefined;
  }
};

/**
 * Symlinks in a site's content folder. `siteDir` is `<contentDir>/<slug>`: it must itself be
 * a plain folder whose real path is `<real contentDir>/<slug>`.
 */
export function symlinkProblems(contentDir: string, slug: string): SymlinkProblem[] {
  const siteDir = path.join(contentDir, slug);
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(siteDir);
  } catch {
    return [];
  }
  const realContent = realOrUndefined(contentDir);
  if (stat.isSymbolicLink() || !realContent || realOrUndefined(siteDir) !== path.join(realContent, slug)) {
    return [{ file: siteDir, message: MESSAGE }];
  }
  return walkFiles(siteDir, { includeSymlinks: true })
    .map((f) => path.join(siteDir, f))
    .filter((f) => fs.lstatSync(f).isSymbolicLink())
    .map((file) => ({ file, message: MESSAGE }));
}

/** Whether `target`, once every symlink on its way is resolved, lies inside `dir`'s real path. */
export function isInsideReal(dir: string, target: string): boolean {
  const realDir = realOrUndefined(dir);
  const realTarget = realOrUndefined(target);
  if (!realDir || !realTarget) return false;
  return realTarget.startsWith(realDir + path.sep);
}

/**
 * For one file the build reads: it and every folder between `base` and it are plain (no
 * symlink), and its real path lies inside `<base>/<first folder>`, its KIM's folder.
 * Returns the Indonesian reason when not.
 */
export function fileProblem(base: string, file: string): string | undefined {
  const rel = path.relative(base, file);
  const parts = rel.split(path.sep);
  if (rel.startsWith('..') || path.isAbsolute(rel) || parts.length < 2) return 'berkas berada di luar folder KIM-nya';
  let at = base;
  for (const part of parts) {
    at = path.join(at, part);
    try {
      if (fs.lstatSync(at).isSymbolicLink()) return MESSAGE;
    } catch {
      return 'berkas tidak ditemukan';
    }
  }
  return isInsideReal(path.join(base, parts[0]!), file) ? undefined : 'berkas berada di luar folder KIM-nya';
}
