/**
 * All-or-nothing placement of new folders. Files are written to a staging folder inside the
 * data root, then each staged folder is renamed into place. If anything fails, the folders
 * already moved are moved back and the staging folder is removed: the data root is left
 * exactly as it was. A target that already exists is never touched.
 */
import * as fsp from 'node:fs/promises';
import { renameSync, rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/** The file operations used, injectable so tests can make one fail mid-way. */
export interface FsOps {
  mkdir(p: string): Promise<unknown>;
  writeFile(p: string, content: string | Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
}

export const nodeFsOps: FsOps = {
  mkdir: (p) => fsp.mkdir(p, { recursive: true }),
  writeFile: (p, content) => fsp.writeFile(p, content, { flag: 'wx' }),
  rename: (a, b) => fsp.rename(a, b),
};

export class AlreadyExists extends Error {
  readonly jalur: string;
  constructor(filePath: string) {
    super(`${filePath} sudah ada`);
    this.jalur = filePath;
  }
}

export interface Placement {
  /** Folder path inside the staging folder, e.g. `content`. */
  source: string;
  /** Absolute final path, e.g. `<root>/content/<slug>`. */
  target: string;
  /** Files by path relative to that folder. */
  files: ReadonlyMap<string, string | Uint8Array>;
}

async function exists(p: string): Promise<boolean> {
  try {
    await fsp.lstat(p);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw e;
  }
}

/** mkdir -p that reports which folders it created, so a rollback can remove exactly those. */
async function createFolder(p: string, created: string[], ops: FsOps): Promise<void> {
  const hilang: string[] = [];
  for (let d = p; !(await exists(d)); d = path.dirname(d)) hilang.unshift(d);
  for (const d of hilang) {
    await ops.mkdir(d);
    created.push(d);
  }
}

/** Staging work in progress, so an interrupted run (Ctrl+C) can still clean up. */
const running = new Set<{ staging: string; movedFiles: { source: string; dest: string }[]; newFolders: string[] }>();

/** Undo synchronously: used on Ctrl+C, when there is no time for promises. */
export function cancelAllSync(): void {
  for (const t of running) {
    for (const m of [...t.movedFiles].reverse()) {
      try {
        renameSync(m.dest, m.source);
      } catch {
        rmSync(m.dest, { recursive: true, force: true });
      }
    }
    rmSync(t.staging, { recursive: true, force: true });
    for (const d of [...t.newFolders].reverse()) {
      try {
        rmdirSync(d);
      } catch {
        // Not empty: something else lives there now.
      }
    }
  }
  running.clear();
}

/**
 * Writes every placement's files to `<staging>/<source>/…`, then renames each into `target`.
 * `folderKerja` must be on the same file system as the targets.
 */
export async function place(workFolder: string, placements: readonly Placement[], ops: FsOps = nodeFsOps): Promise<void> {
  for (const p of placements) if (await exists(p.target)) throw new AlreadyExists(p.target);

  const newFolder: string[] = [];
  const moved: { source: string; dest: string }[] = [];
  await createFolder(workFolder, newFolder, ops);
  const staging = await fsp.mkdtemp(path.join(workFolder, 'baru-'));
  const task = { staging, movedFiles: moved, newFolders: newFolder };
  running.add(task);
  try {
    for (const p of placements) {
      const stagedDir = path.join(staging, p.source);
      await ops.mkdir(stagedDir);
      for (const [rel, content] of p.files) {
        const abs = path.join(stagedDir, rel);
        await ops.mkdir(path.dirname(abs));
        await ops.writeFile(abs, content);
      }
    }
    for (const p of placements) {
      await createFolder(path.dirname(p.target), newFolder, ops);
      // Checked again right before the move: another run may have created it meanwhile.
      if (await exists(p.target)) throw new AlreadyExists(p.target);
      const from = path.join(staging, p.source);
      await ops.rename(from, p.target);
      moved.push({ source: from, dest: p.target });
    }
  } catch (e) {
    await restore(task);
    running.delete(task);
    throw e;
  }
  running.delete(task);
  await fsp.rm(staging, { recursive: true, force: true });
  await removeEmptyFolders(newFolder);
}

async function restore(t: { staging: string; movedFiles: { source: string; dest: string }[]; newFolders: string[] }): Promise<void> {
  for (const m of [...t.movedFiles].reverse()) {
    try {
      await fsp.rename(m.dest, m.source);
    } catch {
      // We created this folder a moment ago, so removing it destroys nothing of the operator's.
      await fsp.rm(m.dest, { recursive: true, force: true });
    }
  }
  await fsp.rm(t.staging, { recursive: true, force: true });
  await removeEmptyFolders(t.newFolders);
}

/** Removes folders this run created (deepest first), only if they are empty. */
async function removeEmptyFolders(folder: readonly string[]): Promise<void> {
  for (const d of [...folder].reverse()) {
    try {
      await fsp.rmdir(d);
    } catch {
      // Not empty: in use by another site or run.
    }
  }
}
