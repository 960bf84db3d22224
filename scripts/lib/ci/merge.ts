/**
 * Merges the outputs of a sharded build into one `dist/` and one build state. Each input is a
 * shard job's data root as CI hands it over: `shard-<i>/dist/` and `shard-<i>/.simpul/state.json`.
 *
 * - A current site's folder comes from the shard that owns it now (fleet.ts's assignment), never
 *   from a stale copy another shard's cache still holds from before the fleet changed.
 * - A folder no shard owns (an archived or removed KIM still in a cache) is carried over from
 *   the shard that built it last, so nothing live is lost here: deploy decides what ships.
 * - Shared folders (`_origin/…`, the one Decap bundle per origin) are the union; the same file
 *   from two shards must be identical, or the merge stops and names it.
 * The inputs are CI scratch (downloaded artifacts): site folders are moved out of them, not
 * copied, which on one disk is a rename per site instead of a copy of every file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { assignShards, type FleetSite } from '../fleet.ts';
import { moveTree } from '../package.ts';
import { dataRoot, type DataRoot } from '../paths.ts';
import { readState, writeState, type BuildState } from '../state.ts';

export interface ShardInput {
  index: number;
  dir: string;
}

export interface MergeResult {
  count: number;
  /** Site folders taken, by shard number. */
  sites: Map<string, number>;
  /** Folders of sites no shard owns, kept from an earlier build. */
  carried: string[];
}

/** `shard-3` → 3; the inputs must be exactly shards 1…n. */
export function shardInputs(dirs: string[]): ShardInput[] {
  const inputs = dirs.map((dir) => {
    const m = /shard-(\d+)$/.exec(path.basename(path.resolve(dir)));
    if (!m) throw new Error(`${dir}: nama folder masukan harus shard-<nomor>, contoh: shard-1`);
    return { index: Number(m[1]), dir: path.resolve(dir) };
  });
  inputs.sort((a, b) => a.index - b.index);
  inputs.forEach((inp, i) => {
    if (inp.index !== i + 1) throw new Error(`keluaran shard ${i + 1} dari ${inputs.length} tidak ada (ada: ${inputs.map((x) => x.index).join(', ')})`);
  });
  return inputs;
}

/** Copies a tree into `dest`; an existing file must have the same bytes. */
function union(src: string, dest: string): void {
  for (const d of fs.readdirSync(src, { withFileTypes: true })) {
    const from = path.join(src, d.name);
    const to = path.join(dest, d.name);
    if (d.isDirectory()) {
      fs.mkdirSync(to, { recursive: true });
      union(from, to);
    } else if (d.isFile()) {
      if (fs.existsSync(to)) {
        if (!fs.readFileSync(to).equals(fs.readFileSync(from))) throw new Error(`berkas bersama berbeda antar-shard: ${to}`);
      } else fs.copyFileSync(from, to);
    }
  }
}

export function mergeShards(opts: { fleet: FleetSite[]; inputs: ShardInput[]; out: DataRoot }): MergeResult {
  const { fleet, inputs, out } = opts;
  const count = inputs.length;
  if (count === 0) throw new Error('tidak ada keluaran shard untuk digabung');
  const owner = assignShards(fleet, count);
  const states = inputs.map((inp) => readState(dataRoot(inp.dir)));
  const merged: BuildState = {};
  const sites = new Map<string, number>();
  const orphans = new Map<string, { index: number; builtAt: string }>();
  fs.mkdirSync(out.distDir, { recursive: true });

  inputs.forEach((inp, i) => {
    const dist = path.join(inp.dir, 'dist');
    if (!fs.existsSync(dist)) return;
    for (const d of fs.readdirSync(dist, { withFileTypes: true })) {
      if (!d.isDirectory() || d.name.startsWith('.')) continue;
      const state = states[i]![d.name];
      const shard = owner.get(d.name);
      if (shard === undefined && !state) {
        // Not a site folder: shared files such as `_origin/<host>/`.
        union(path.join(dist, d.name), path.join(out.distDir, d.name));
      } else if (shard === inp.index) sites.set(d.name, inp.index);
      else if ((shard === undefined || shard === 0) && state) {
        const prev = orphans.get(d.name);
        if (!prev || prev.builtAt < state.builtAt) orphans.set(d.name, { index: inp.index, builtAt: state.builtAt });
      }
    }
  });

  const take = (slug: string, index: number) => {
    const inp = inputs[index - 1]!;
    const target = path.join(out.distDir, slug);
    fs.rmSync(target, { recursive: true, force: true });
    moveTree(path.join(inp.dir, 'dist', slug), target);
    const state = states[index - 1]![slug];
    if (state) merged[slug] = { ...state, distDir: out.distDir };
  };
  for (const [slug, index] of sites) take(slug, index);
  for (const [slug, { index }] of orphans) take(slug, index);
  writeState(out, merged);
  return { count, sites, carried: [...orphans.keys()].sort() };
}
