/**
 * The folder target (a district's own nginx). Each unit lives in `<out>/<unit>/`:
 *
 *   releases/<id>/   complete trees, written in a `.staging-<id>` folder first
 *   current  → releases/<id>     what nginx serves (a symlink, swapped with one rename)
 *   previous → releases/<id>     the version before, for --rollback
 *
 * A kill at any point leaves `current` pointing at a complete release: the staging folder
 * is never served, and rename(2) of the symlink is atomic.
 */
import fs from 'node:fs';
import path from 'node:path';
import { writeTree } from './assemble.ts';
import type { UnitPlan } from './plan.ts';

export const unitDir = (out: string, unit: string) => path.join(out, unit);
export const currentLink = (out: string, unit: string) => path.join(out, unit, 'current');

function releaseId(): string {
  return `${new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').replace(/\..*$/, '')}-${process.pid}`;
}

/** Points `link` at `target` (relative to the link's folder) with one atomic rename. */
function swapLink(link: string, target: string): void {
  const tmp = `${link}.${process.pid}.tmp`;
  fs.rmSync(tmp, { force: true });
  fs.symlinkSync(target, tmp);
  fs.renameSync(tmp, link);
}

const readLink = (link: string) => {
  try {
    return fs.readlinkSync(link);
  } catch {
    return undefined;
  }
};

/** Which folders of the live release a prune would remove (archived KIMs of this unit). */
export function liveToPrune(out: string, unit: UnitPlan): string[] {
  const cur = currentLink(out, unit.name);
  return unit.pruned.filter((slug) => fs.existsSync(path.join(cur, slug))).map((slug) => path.join(cur, slug));
}

/**
 * Writes the unit as a new release and switches it live. Top-level folders of the live
 * release that this plan does not publish (sites outside the plan, archived KIMs without
 * --prune) are carried over, so a deploy never drops a live site it was not asked to.
 */
export async function deployFolder(out: string, unit: UnitPlan): Promise<{ release: string; carried: string[] }> {
  const dir = unitDir(out, unit.name);
  const id = releaseId();
  const staging = path.join(dir, `.staging-${id}`);
  fs.mkdirSync(path.join(dir, 'releases'), { recursive: true });
  await writeTree(unit, staging);
  const carried: string[] = [];
  const cur = currentLink(out, unit.name);
  if (unit.shared && fs.existsSync(cur)) {
    const top = new Set([...unit.files.keys()].map((p) => p.split('/')[0]!));
    for (const e of fs.readdirSync(cur)) {
      if (top.has(e) || unit.pruned.includes(e)) continue;
      await fs.promises.cp(path.join(cur, e), path.join(staging, e), { recursive: true });
      carried.push(e);
    }
  }
  const release = path.join('releases', id);
  fs.renameSync(staging, path.join(dir, release));
  const before = readLink(cur);
  swapLink(cur, release);
  if (before) swapLink(path.join(dir, 'previous'), before);
  // Keep the live release and the one before it; older ones and dead staging folders go.
  const keep = new Set([release, before].filter(Boolean).map((r) => path.basename(r!)));
  for (const r of fs.readdirSync(path.join(dir, 'releases'))) if (!keep.has(r)) fs.rmSync(path.join(dir, 'releases', r), { recursive: true, force: true });
  for (const e of fs.readdirSync(dir)) if (e.startsWith('.staging-') && e !== `.staging-${id}`) fs.rmSync(path.join(dir, e), { recursive: true, force: true });
  return { release, carried };
}

/** Where pruned units are kept for --rollback: `<out>/.dipangkas/<unit>-<id>/`. Never served. */
export const prunedDir = (out: string) => path.join(out, '.dipangkas');

/**
 * Takes an archived unit (a KIM on its own domain) off the live folder: the whole unit folder
 * moves, with one rename, into `.dipangkas/`, so nothing is lost and --rollback brings it back.
 * Returns where it went, or undefined when it was not live.
 */
export function pruneFolderUnit(out: string, unit: string): string | undefined {
  const dir = unitDir(out, unit);
  if (!fs.existsSync(dir)) return undefined;
  fs.mkdirSync(prunedDir(out), { recursive: true });
  const dest = path.join(prunedDir(out), `${unit}-${releaseId()}`);
  fs.renameSync(dir, dest);
  return dest;
}

/** The newest pruned copy of a unit, if any. */
function lastPruned(out: string, unit: string): string | undefined {
  const dir = prunedDir(out);
  if (!fs.existsSync(dir)) return undefined;
  // Release ids start with the UTC time, so the newest sorts last.
  const last = fs
    .readdirSync(dir)
    .filter((e) => e.startsWith(`${unit}-`) && /^\d{8}-\d{6}-\d+$/.test(e.slice(unit.length + 1)))
    .sort()
    .at(-1);
  return last && path.join(dir, last);
}

/**
 * Serves the previous release again; the rolled-back one becomes `previous`. A unit that was
 * pruned comes back whole from `.dipangkas/`.
 */
export function rollbackFolder(out: string, unit: string): { from: string; to: string } {
  const dir = unitDir(out, unit);
  const pruned = fs.existsSync(dir) ? undefined : lastPruned(out, unit);
  if (pruned) {
    fs.renameSync(pruned, dir);
    return { from: path.relative(out, pruned), to: readLink(path.join(dir, 'current')) ?? dir };
  }
  const cur = readLink(path.join(dir, 'current'));
  const prev = readLink(path.join(dir, 'previous'));
  if (!cur || !prev || !fs.existsSync(path.join(dir, prev))) {
    throw new Error(`${unit}: tidak ada versi sebelumnya di ${dir} untuk dikembalikan.`);
  }
  swapLink(path.join(dir, 'current'), prev);
  swapLink(path.join(dir, 'previous'), cur);
  return { from: cur, to: prev };
}
