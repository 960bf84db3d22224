/**
 * The workflow's own steps, as scripts, on the demo fleet (five KIMs and a forum of two of
 * them) split into 3 shards: `npm run build -- --shard i/3` in three data roots laid out as the
 * CI artifacts are (shard-<i>/dist, shard-<i>/.simpul/state.json), then `npm run build:merge`.
 * The merged dist must equal one unsharded build's, byte for byte, apart from build
 * timestamps: the only ones are the `DTSTAMP` lines iCalendar requires in each agenda `.ics`.
 * Then the workflow's assemble step (`npm run deploy -- --target github-pages --out _site`) on
 * the merged and on the unsharded dist: the two Pages artifacts must be equal in the same way.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assignShards, discoverFleet, isAfterMerge } from '../../scripts/lib/fleet.ts';
import { dataRoot, projectRoot } from '../../scripts/lib/paths.ts';
import { listFiles, runScript } from '../helpers/data-root.ts';

/** A data root holding a copy of the demo fleet, as a CI checkout of the repository would. */
function demoRoot(dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  for (const d of ['sites', 'content']) fs.cpSync(path.join(projectRoot, d), path.join(dir, d), { recursive: true });
  return dir;
}

/** Build timestamps, the one expected difference between two builds of the same input. */
const untimed = (file: string, bytes: Buffer): Buffer =>
  file.endsWith('.ics') ? Buffer.from(bytes.toString('utf8').replace(/^DTSTAMP:\d{8}T\d{6}Z\r?$/gm, 'DTSTAMP:-')) : bytes;

function mustPass(label: string, res: ReturnType<typeof runScript>): void {
  if (res.code !== 0) throw new Error(`${label} gagal (${res.code}):\n${res.stdout.slice(-3000)}\n${res.stderr.slice(-3000)}`);
}

describe('sharded CI build', () => {
  it('3 shards merged equal one unsharded build, with the forum and its members in one shard', () => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-shard-'));
    const fleet = discoverFleet(dataRoot(projectRoot));
    const owner = assignShards(fleet, 3);
    // The split is a real one: every shard builds something, and the forum's members are with it.
    expect(new Set([...owner].filter(([slug]) => !isAfterMerge(fleet.find((s) => s.slug === slug)!)).map(([, n]) => n))).toEqual(new Set([1, 2, 3]));
    // The portal is built after the merge, from every shard's output.
    for (const s of fleet.filter(isAfterMerge)) expect(owner.get(s.slug)).toBe(0);
    const forum = fleet.find((s) => s.jenis === 'forum-kecamatan')!;
    expect(forum.anggota.length).toBeGreaterThan(0);
    for (const m of forum.anggota) expect(owner.get(m)).toBe(owner.get(forum.slug));

    const single = demoRoot(path.join(base, 'tunggal'));
    mustPass('build tunggal', runScript('build', ['--root', single]));

    const shards = [1, 2, 3].map((i) => {
      const dir = demoRoot(path.join(base, 'shards', `shard-${i}`));
      mustPass(`build shard ${i}/3`, runScript('build', ['--root', dir, '--shard', `${i}/3`]));
      const built = fs.readdirSync(path.join(dir, 'dist')).filter((d) => !d.startsWith('_'));
      expect(built.sort()).toEqual(
        fleet
          .filter((s) => owner.get(s.slug) === i)
          .map((s) => s.slug)
          .sort(),
      );
      return dir;
    });

    const merged = demoRoot(path.join(base, 'gabung'));
    mustPass('build:merge', runScript('build-merge', ['--root', merged, ...shards]));

    const a = path.join(single, 'dist');
    const b = path.join(merged, 'dist');
    const files = listFiles(a);
    expect(listFiles(b)).toEqual(files);
    const differing = files.filter((f) => !fs.readFileSync(path.join(a, f)).equals(fs.readFileSync(path.join(b, f))));
    // Some files do carry build timestamps (so this comparison is not vacuous)…
    expect(differing.length).toBeGreaterThan(0);
    expect(differing.every((f) => f.endsWith('.ics'))).toBe(true);
    // …and apart from them every byte is the same, the forum's search index over its members included.
    for (const f of differing) expect(untimed(f, fs.readFileSync(path.join(b, f))).equals(untimed(f, fs.readFileSync(path.join(a, f)))), f).toBe(true);
    expect(files.some((f) => f.startsWith(`${forum.slug}/pagefind/`))).toBe(true);

    // The workflow's assemble step, as the workflow runs it after the merge, on both builds
    // (no new build: the Pages artifact is made from the dist/ compared above).
    const assembled = [single, merged].map((dir) => {
      const out = path.join(dir, '_site');
      mustPass(`deploy ${path.basename(dir)}`, runScript('deploy', ['--root', dir, '--target', 'github-pages', '--out', out]));
      return out;
    });
    const siteFiles = listFiles(assembled[0]!);
    expect(listFiles(assembled[1]!)).toEqual(siteFiles);
    // The artifact is the Pages origin(s), not just dist/: root pages and the shared Decap bundle.
    expect(siteFiles.filter((f) => /(^|\/)sitemap-index\.xml$/.test(f)).length).toBeGreaterThan(0);
    expect(siteFiles.some((f) => /(^|\/)_simpul\/decap\/decap-cms\.js$/.test(f))).toBe(true);
    expect(siteFiles.some((f) => f.endsWith('.ics'))).toBe(true);
    for (const f of siteFiles) {
      const [x, y] = assembled.map((d) => fs.readFileSync(path.join(d, f)));
      expect(untimed(f, y!).equals(untimed(f, x!)), f).toBe(true);
    }
    fs.rmSync(base, { recursive: true, force: true });
  }, 900_000);
});
