/**
 * Writes a planned unit as a complete folder: the artifact GitHub/GitLab Pages upload, the
 * folder wrangler deploys, or a release of the folder target. Files are copied, never
 * linked, so a later build rewriting dist/ cannot change what is live.
 */
import fs from 'node:fs';
import path from 'node:path';
import pLimit from 'p-limit';
import type { UnitPlan } from './plan.ts';

/** Copies at once: enough to keep libuv's threads busy on a folder of thousands of small files. */
const COPIES_AT_ONCE = 16;

/** Writes every file of `unit` under `dir` (which must not exist yet). */
export async function writeTree(unit: Pick<UnitPlan, 'files'>, dir: string): Promise<void> {
  // Folders first, each once; then the files, several at a time (one by one took most of
  // the CI path's time for 157 KIMs).
  const folders = new Set([dir]);
  for (const rel of unit.files.keys()) folders.add(path.dirname(path.join(dir, rel)));
  for (const folder of [...folders].sort()) fs.mkdirSync(folder, { recursive: true });
  const limit = pLimit(COPIES_AT_ONCE);
  await Promise.all(
    [...unit.files].map(([rel, f]) =>
      limit(() => {
        const to = path.join(dir, rel);
        return f.content !== undefined ? fs.promises.writeFile(to, f.content) : fs.promises.copyFile(f.src!, to, fs.constants.COPYFILE_FICLONE);
      }),
    ),
  );
}

/**
 * Replaces `out` with the unit's tree. The tree is written next to it first, so `out` holds
 * either the old or the new complete tree, never a half-written one.
 */
export async function assembleInto(unit: Pick<UnitPlan, 'files'>, out: string): Promise<void> {
  const staging = `${out}.baru-${process.pid}`;
  const old = `${out}.lama-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  await writeTree(unit, staging);
  const had = fs.existsSync(out);
  if (had) fs.renameSync(out, old);
  fs.renameSync(staging, out);
  if (had) fs.rmSync(old, { recursive: true, force: true });
}
