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
export interface OperasiFs {
  mkdir(p: string): Promise<unknown>;
  writeFile(p: string, isi: string | Uint8Array): Promise<void>;
  rename(dari: string, ke: string): Promise<void>;
}

export const operasiNode: OperasiFs = {
  mkdir: (p) => fsp.mkdir(p, { recursive: true }),
  writeFile: (p, isi) => fsp.writeFile(p, isi, { flag: 'wx' }),
  rename: (a, b) => fsp.rename(a, b),
};

export class SudahAda extends Error {
  readonly jalur: string;
  constructor(jalur: string) {
    super(`${jalur} sudah ada`);
    this.jalur = jalur;
  }
}

export interface Penempatan {
  /** Folder path inside the staging folder, e.g. `content`. */
  dari: string;
  /** Absolute final path, e.g. `<root>/content/<slug>`. */
  ke: string;
  /** Files by path relative to that folder. */
  berkas: ReadonlyMap<string, string | Uint8Array>;
}

async function ada(p: string): Promise<boolean> {
  try {
    await fsp.lstat(p);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw e;
  }
}

/** mkdir -p that reports which folders it created, so a rollback can remove exactly those. */
async function buatFolder(p: string, dibuat: string[], ops: OperasiFs): Promise<void> {
  const hilang: string[] = [];
  for (let d = p; !(await ada(d)); d = path.dirname(d)) hilang.unshift(d);
  for (const d of hilang) {
    await ops.mkdir(d);
    dibuat.push(d);
  }
}

/** Staging work in progress, so an interrupted run (Ctrl+C) can still clean up. */
const berjalan = new Set<{ staging: string; dipindah: { dari: string; ke: string }[]; folderBaru: string[] }>();

/** Undo synchronously: used on Ctrl+C, when there is no time for promises. */
export function batalkanSemuaSync(): void {
  for (const t of berjalan) {
    for (const m of [...t.dipindah].reverse()) {
      try {
        renameSync(m.ke, m.dari);
      } catch {
        rmSync(m.ke, { recursive: true, force: true });
      }
    }
    rmSync(t.staging, { recursive: true, force: true });
    for (const d of [...t.folderBaru].reverse()) {
      try {
        rmdirSync(d);
      } catch {
        // Not empty: something else lives there now.
      }
    }
  }
  berjalan.clear();
}

/**
 * Writes every placement's files to `<staging>/<dari>/…`, then renames each into `ke`.
 * `folderKerja` must be on the same file system as the targets.
 */
export async function tempatkan(folderKerja: string, penempatan: readonly Penempatan[], ops: OperasiFs = operasiNode): Promise<void> {
  for (const p of penempatan) if (await ada(p.ke)) throw new SudahAda(p.ke);

  const folderBaru: string[] = [];
  const dipindah: { dari: string; ke: string }[] = [];
  await buatFolder(folderKerja, folderBaru, ops);
  const staging = await fsp.mkdtemp(path.join(folderKerja, 'baru-'));
  const tugas = { staging, dipindah, folderBaru };
  berjalan.add(tugas);
  try {
    for (const p of penempatan) {
      const akar = path.join(staging, p.dari);
      await ops.mkdir(akar);
      for (const [rel, isi] of p.berkas) {
        const abs = path.join(akar, rel);
        await ops.mkdir(path.dirname(abs));
        await ops.writeFile(abs, isi);
      }
    }
    for (const p of penempatan) {
      await buatFolder(path.dirname(p.ke), folderBaru, ops);
      // Checked again right before the move: another run may have created it meanwhile.
      if (await ada(p.ke)) throw new SudahAda(p.ke);
      const dari = path.join(staging, p.dari);
      await ops.rename(dari, p.ke);
      dipindah.push({ dari, ke: p.ke });
    }
  } catch (e) {
    await kembalikan(tugas);
    berjalan.delete(tugas);
    throw e;
  }
  berjalan.delete(tugas);
  await fsp.rm(staging, { recursive: true, force: true });
  await hapusFolderKosong(folderBaru);
}

async function kembalikan(t: { staging: string; dipindah: { dari: string; ke: string }[]; folderBaru: string[] }): Promise<void> {
  for (const m of [...t.dipindah].reverse()) {
    try {
      await fsp.rename(m.ke, m.dari);
    } catch {
      // We created this folder a moment ago, so removing it destroys nothing of the operator's.
      await fsp.rm(m.ke, { recursive: true, force: true });
    }
  }
  await fsp.rm(t.staging, { recursive: true, force: true });
  await hapusFolderKosong(t.folderBaru);
}

/** Removes folders this run created (deepest first), only if they are empty. */
async function hapusFolderKosong(folder: readonly string[]): Promise<void> {
  for (const d of [...folder].reverse()) {
    try {
      await fsp.rmdir(d);
    } catch {
      // Not empty: in use by another site or run.
    }
  }
}
