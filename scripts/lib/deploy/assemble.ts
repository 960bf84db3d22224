/**
 * Writes a planned unit as a complete folder: the artifact GitHub/GitLab Pages upload, the
 * folder wrangler deploys, or a release of the folder target. Files are copied, never
 * linked, so a later build rewriting dist/ cannot change what is live.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { UnitPlan } from './plan.ts';

/** Writes every file of `unit` under `dir` (which must not exist yet). */
export async function writeTree(unit: Pick<UnitPlan, 'files'>, dir: string): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  for (const [rel, f] of unit.files) {
    const to = path.join(dir, rel);
    await fs.promises.mkdir(path.dirname(to), { recursive: true });
    if (f.content !== undefined) await fs.promises.writeFile(to, f.content);
    else await fs.promises.copyFile(f.src!, to, fs.constants.COPYFILE_FICLONE);
  }
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
