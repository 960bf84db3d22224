import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverFleet, inShard, parseShard, selectSites, type FleetSite } from '../../scripts/lib/fleet.ts';
import { dataRoot } from '../../scripts/lib/paths.ts';

const site = (slug: string, extra: Partial<FleetSite> = {}): FleetSite => ({ slug, archived: false, jenis: 'desa', anggota: [], wilayah: {}, ...extra });

describe('parseShard', () => {
  it('parses i/n', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
  });
  it('explains a bad value in Indonesian', () => {
    expect(() => parseShard('0/4')).toThrow('--shard 0/4: i harus antara 1 dan n, dan n minimal 1');
    expect(() => parseShard('dua')).toThrow('--shard harus berbentuk i/n, contoh: 1/4 (diberikan: "dua")');
  });
});

describe('shards', () => {
  const slugs = Array.from({ length: 157 }, (_, i) => `kim-${i}`);
  it('partition the fleet: every site in exactly one shard', () => {
    for (const count of [1, 2, 5, 20]) {
      const seen = slugs.map((s) => Array.from({ length: count }, (_, i) => inShard(s, { index: i + 1, count })).filter(Boolean).length);
      expect(seen.every((n) => n === 1)).toBe(true);
    }
  });
  it('are stable when sites are added', () => {
    const before = slugs.filter((s) => inShard(s, { index: 1, count: 4 }));
    const after = [...slugs, 'kim-baru'].filter((s) => inShard(s, { index: 1, count: 4 }));
    expect(after.filter((s) => s !== 'kim-baru')).toEqual(before);
  });
});

describe('selectSites', () => {
  const fleet = [site('kim-a'), site('kim-b', { archived: true }), site('kim-c')];
  it('takes all non-archived sites by default', () => {
    expect(selectSites(fleet, {})).toEqual({ selected: [fleet[0], fleet[2]], archived: ['kim-b'] });
  });
  it('takes a named selection', () => {
    expect(selectSites(fleet, { sites: ['kim-c'] }).selected.map((s) => s.slug)).toEqual(['kim-c']);
  });
  it('refuses an unknown name instead of building nothing', () => {
    expect(() => selectSites(fleet, { sites: ['kim-x'] })).toThrow('Situs tidak ditemukan di sites/: kim-x. Situs yang ada: kim-a, kim-b, kim-c');
  });
});

describe('discoverFleet', () => {
  it('reads archive flags and forum members loosely, even from a broken site.yaml', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-fleet-'));
    fs.mkdirSync(path.join(dir, 'sites/forum-x'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'sites/kim-rusak'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'sites/forum-x/site.yaml'), 'jenis: forum-kecamatan\nanggota: [kim-a, kim-b]\ndiarsipkan: true\n');
    fs.writeFileSync(path.join(dir, 'sites/kim-rusak/site.yaml'), 'nama: [tidak ditutup\n');
    expect(discoverFleet(dataRoot(dir))).toEqual([
      { slug: 'forum-x', archived: true, jenis: 'forum-kecamatan', anggota: ['kim-a', 'kim-b'], wilayah: {} },
      { slug: 'kim-rusak', archived: false, jenis: undefined, anggota: [], wilayah: {} },
    ]);
  });
});
