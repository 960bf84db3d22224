import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCiConfig } from '../../scripts/lib/ci/config.ts';
import { mergeShards, shardInputs } from '../../scripts/lib/ci/merge.ts';
import { githubOutput, planShards } from '../../scripts/lib/ci/shards.ts';
import { touchedSites } from '../../scripts/lib/ci/touched.ts';
import { assignShards, selectSites, shardKeys, type FleetSite } from '../../scripts/lib/fleet.ts';
import { dataRoot } from '../../scripts/lib/paths.ts';
import { readState } from '../../scripts/lib/state.ts';

const site = (slug: string, extra: Partial<FleetSite> = {}): FleetSite => ({ slug, archived: false, jenis: 'desa', anggota: [], ...extra });
const forum = (slug: string, anggota: string[]) => site(slug, { jenis: 'forum-kecamatan', anggota });

/** 157 KIMs; every tenth one a forum of the nine before it. */
function bigFleet(): FleetSite[] {
  const out: FleetSite[] = [];
  for (let i = 0; i < 157; i++) {
    const slug = `kim-${String(i).padStart(3, '0')}`;
    out.push(
      i % 10 === 9
        ? forum(
            `forum-${slug}`,
            Array.from({ length: 9 }, (_, k) => `kim-${String(i - 9 + k).padStart(3, '0')}`),
          )
        : site(slug),
    );
  }
  return out;
}

describe('shard assignment', () => {
  it('keeps every forum in the shard of all its members, for every shard count', () => {
    const fleet = bigFleet();
    for (const count of [2, 3, 7, 20]) {
      const shard = assignShards(fleet, count);
      for (const f of fleet.filter((s) => s.anggota.length > 0)) {
        for (const m of f.anggota) expect(shard.get(m), `${m} bersama ${f.slug} (${count} shard)`).toBe(shard.get(f.slug));
      }
    }
  });

  it('puts every site in exactly one shard through selectSites', () => {
    const fleet = bigFleet();
    const count = 5;
    const picked = Array.from({ length: count }, (_, i) => selectSites(fleet, { shard: { index: i + 1, count } }).selected.map((s) => s.slug)).flat();
    expect(picked.sort()).toEqual(fleet.map((s) => s.slug).sort());
  });

  it('joins two forums that share a member into one group, keyed by a forum', () => {
    const fleet = [site('kim-a'), site('kim-b'), site('kim-c'), forum('forum-x', ['kim-a', 'kim-b']), forum('forum-y', ['kim-b', 'kim-c']), site('kim-d')];
    const keys = shardKeys(fleet);
    expect(new Set(['kim-a', 'kim-b', 'kim-c', 'forum-x', 'forum-y'].map((s) => keys.get(s)))).toEqual(new Set(['forum-x']));
    expect(keys.get('kim-d')).toBe('kim-d');
  });

  it('leaves a site outside any forum where it was when a forum is added elsewhere', () => {
    const fleet = bigFleet().filter((s) => s.anggota.length === 0);
    const before = assignShards(fleet, 4);
    const after = assignShards([...fleet, site('kim-baru-1'), site('kim-baru-2'), forum('forum-baru', ['kim-baru-1', 'kim-baru-2'])], 4);
    for (const s of fleet) expect(after.get(s.slug)).toBe(before.get(s.slug));
  });

  it('builds a district portal after the merge, without pulling the fleet into its shard', () => {
    const fleet = [...bigFleet(), site('portal-bogor', { jenis: 'portal-kabupaten', anggota: bigFleet().map((s) => s.slug) })];
    const shard = assignShards(fleet, 4);
    expect(shard.get('portal-bogor')).toBe(0);
    expect(new Set(fleet.filter((s) => s.jenis !== 'portal-kabupaten').map((s) => shard.get(s.slug))).size).toBe(4);
    const plan = planShards(fleet, 50);
    expect(plan.afterMerge).toEqual(['portal-bogor']);
    expect(plan.shards.flat()).not.toContain('portal-bogor');
  });
});

describe('planShards', () => {
  it('uses one job up to the threshold and ⌈n / threshold⌉ above it', () => {
    const fleet = bigFleet();
    expect(planShards(fleet, 157).count).toBe(1);
    expect(planShards(fleet, 156).count).toBe(2);
    expect(planShards(fleet, 50).count).toBe(4);
    expect(planShards(fleet, 1).count).toBe(157);
  });
  it('does not count archived sites', () => {
    const fleet = [site('a'), site('b'), site('c', { archived: true })];
    expect(planShards(fleet, 2).count).toBe(1);
  });
  it('prints the matrix for $GITHUB_OUTPUT', () => {
    expect(githubOutput(planShards(bigFleet(), 60))).toBe('count=3\nmatrix={"shard":["1/3","2/3","3/3"]}\n');
  });
});

describe('readCiConfig', () => {
  const root = () => dataRoot(fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-ci-')));
  it('defaults to 200 sites per shard without fleet.yaml', () => {
    expect(readCiConfig(root())).toEqual({ sitesPerShard: 200 });
  });
  it('reads ci.situs_per_shard', () => {
    const r = root();
    fs.writeFileSync(path.join(r.root, 'fleet.yaml'), 'ci:\n  situs_per_shard: 40\n');
    expect(readCiConfig(r)).toEqual({ sitesPerShard: 40 });
  });
  it('names the field of a bad value in Indonesian', () => {
    const r = root();
    fs.writeFileSync(path.join(r.root, 'fleet.yaml'), 'ci:\n  situs_per_shard: nol\n');
    expect(() => readCiConfig(r)).toThrow('fleet.yaml, kolom ci.situs_per_shard: harus bilangan bulat ≥ 1');
  });
});

describe('touchedSites', () => {
  const fleet = [site('kim-a'), site('kim-b'), site('kim-lama', { archived: true })];
  it('maps content/ and sites/ changes to their site', () => {
    expect(touchedSites(['content/kim-b/berita/x.md', 'sites/kim-a/site.yaml', 'README.md', 'docs/deploy.md'], fleet)).toEqual({
      all: false,
      sites: ['kim-a', 'kim-b'],
    });
  });
  it('builds everything when the theme, scripts or dependencies change', () => {
    for (const f of ['src/components/Photo.astro', 'scripts/lib/package.ts', 'package-lock.json', 'astro.config.mjs', 'public/robots.txt']) {
      expect(touchedSites([f], fleet).all, f).toBe(true);
    }
  });
  it('ignores deleted or archived sites, and paths that climb out', () => {
    expect(
      touchedSites(['content/kim-hapus/berita/x.md', 'content/kim-lama/a.md', 'content/kim-a/../../src/x.ts', '.github/workflows/pages.yml'], fleet),
    ).toEqual({ all: false, sites: [] });
  });
});

describe('mergeShards', () => {
  function shardDir(base: string, index: number, sites: Record<string, string>, builtAt = '2026-12-01T00:00:00.000Z'): string {
    const dir = path.join(base, `shard-${index}`);
    const state: Record<string, unknown> = {};
    for (const [slug, text] of Object.entries(sites)) {
      fs.mkdirSync(path.join(dir, 'dist', slug), { recursive: true });
      fs.writeFileSync(path.join(dir, 'dist', slug, 'index.html'), text);
      state[slug] = { hash: text, builtAt, pages: 1, bytes: text.length, distDir: path.join(dir, 'dist') };
    }
    fs.mkdirSync(path.join(dir, 'dist', '_origin', 'kim.github.io', '_simpul', 'decap'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'dist', '_origin', 'kim.github.io', '_simpul', 'decap', 'decap-cms.js'), 'bundle');
    fs.mkdirSync(path.join(dir, '.simpul'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.simpul', 'state.json'), JSON.stringify(state));
    return dir;
  }

  it('takes each site from the shard that owns it now, not from a stale cache, and keeps orphans', () => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-merge-'));
    const fleet = ['kim-a', 'kim-b', 'kim-c', 'kim-d', 'kim-e', 'kim-f'].map((s) => site(s));
    const owner = assignShards(fleet, 2);
    const of = (n: number) => fleet.filter((s) => owner.get(s.slug) === n).map((s) => s.slug);
    expect(of(1).length).toBeGreaterThan(0);
    expect(of(2).length).toBeGreaterThan(0);
    // Shard 2's cache still holds an old copy of a shard-1 site, built later than shard 1's.
    const stale = of(1)[0]!;
    const one = shardDir(base, 1, { ...Object.fromEntries(of(1).map((s) => [s, `baru ${s}`])), 'kim-arsip': 'lama' });
    const two = shardDir(base, 2, { ...Object.fromEntries(of(2).map((s) => [s, `baru ${s}`])), [stale]: 'basi' }, '2026-12-02T00:00:00.000Z');
    const out = dataRoot(path.join(base, 'gabung'));
    const res = mergeShards({ fleet, inputs: shardInputs([two, one]), out });
    for (const s of fleet) expect(fs.readFileSync(path.join(out.distDir, s.slug, 'index.html'), 'utf8')).toBe(`baru ${s.slug}`);
    expect(res.carried).toEqual(['kim-arsip']);
    expect(fs.readFileSync(path.join(out.distDir, '_origin/kim.github.io/_simpul/decap/decap-cms.js'), 'utf8')).toBe('bundle');
    const state = readState(out);
    expect(Object.keys(state).sort()).toEqual([...fleet.map((s) => s.slug), 'kim-arsip'].sort());
    expect(state[stale]!.hash).toBe(`baru ${stale}`);
    expect(new Set(Object.values(state).map((s) => s.distDir))).toEqual(new Set([out.distDir]));
  });

  it('refuses shared files that differ between shards, and a missing shard', () => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-merge-'));
    const one = shardDir(base, 1, {});
    const two = shardDir(base, 2, {});
    fs.writeFileSync(path.join(two, 'dist', '_origin', 'kim.github.io', '_simpul', 'decap', 'decap-cms.js'), 'lain');
    expect(() => mergeShards({ fleet: [], inputs: shardInputs([one, two]), out: dataRoot(path.join(base, 'g')) })).toThrow(
      'berkas bersama berbeda antar-shard',
    );
    expect(() => shardInputs([one, path.join(base, 'shard-3')])).toThrow('keluaran shard 2 dari 2 tidak ada (ada: 1, 3)');
    expect(() => shardInputs([path.join(base, 'lain')])).toThrow('nama folder masukan harus shard-<nomor>');
  });
});
