import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { batalkanSemuaSync, operasiNode, SudahAda, tempatkan, type OperasiFs } from '../../scripts/lib/provision/atomic.ts';
import { PathError, siteFolders, stagingDir } from '../../scripts/lib/paths.ts';
import { buatSitus } from '../../scripts/lib/provision/provision.ts';
import { isianDesa, potret, rootSementara } from './helpers.ts';

/** A data root that already holds one site and a build cache, which must never be touched. */
function rootBerisi(): string {
  const root = rootSementara('atomic');
  fs.mkdirSync(path.join(root, 'sites', 'kim-lama'), { recursive: true });
  fs.writeFileSync(path.join(root, 'sites', 'kim-lama', 'site.yaml'), 'slug: kim-lama\n');
  fs.mkdirSync(path.join(root, 'content', 'kim-lama', 'berita'), { recursive: true });
  fs.writeFileSync(path.join(root, 'content', 'kim-lama', 'berita', 'a.md'), '---\njudul: Lama\n---\n');
  fs.mkdirSync(path.join(root, '.simpul', 'cache'), { recursive: true });
  fs.writeFileSync(path.join(root, '.simpul', 'cache', 'x'), 'cache');
  return root;
}

/** File operations that fail on the n-th call of one kind. */
function gagalPada(jenis: keyof OperasiFs, ke: number): OperasiFs & { hitung: number } {
  const ops = {
    hitung: 0,
    mkdir: operasiNode.mkdir,
    writeFile: operasiNode.writeFile,
    rename: operasiNode.rename,
  };
  const asli = operasiNode[jenis] as (...a: unknown[]) => Promise<unknown>;
  (ops as Record<string, unknown>)[jenis] = async (...a: unknown[]) => {
    ops.hitung++;
    if (ops.hitung === ke) throw Object.assign(new Error('disk penuh (uji)'), { code: 'ENOSPC' });
    return asli(...a);
  };
  return ops;
}

describe('buatSitus writes all or nothing', () => {
  it('creates exactly site.yaml and the content folder, leaving no staging folder', async () => {
    const root = rootSementara('atomic');
    const r = await buatSitus(isianDesa(), { root });
    expect(r.ok).toBe(true);
    expect(Object.keys(potret(root)).filter((p) => !p.includes('/'))).toEqual(['content', 'sites']);
    expect(fs.existsSync(path.join(root, 'sites', 'kim-ngudi-rahayu', 'site.yaml'))).toBe(true);
    expect(fs.readdirSync(path.join(root, 'content', 'kim-ngudi-rahayu')).sort()).toEqual(['berita', 'halaman', 'pengaturan.yaml']);
  });

  it.each([
    ['writeFile', 1],
    ['writeFile', 4],
    ['mkdir', 3],
    ['rename', 1],
    ['rename', 2],
  ] as const)('leaves the root exactly as it was when %s call %i fails', async (jenis, ke) => {
    const root = rootBerisi();
    const sebelum = potret(root);
    const ops = gagalPada(jenis, ke);
    const r = await buatSitus(isianDesa(), { root, ops });
    expect(ops.hitung).toBeGreaterThanOrEqual(ke);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.galat[0]!.message).toMatch(/gagal menulis berkas: disk penuh \(uji\)\. Tidak ada yang tertinggal/);
    expect(potret(root)).toEqual(sebelum);
  });

  it('removes the sites/ and content/ folders it had to create when it fails', async () => {
    const root = rootSementara('atomic');
    const r = await buatSitus(isianDesa(), { root, ops: gagalPada('rename', 2) });
    expect(r.ok).toBe(false);
    expect(fs.readdirSync(root)).toEqual([]);
  });

  it('refuses to overwrite an existing site, even an empty folder, and changes nothing', async () => {
    const root = rootBerisi();
    fs.mkdirSync(path.join(root, 'sites', 'kim-ngudi-rahayu'));
    fs.mkdirSync(path.join(root, 'content', 'kim-dua'));
    fs.writeFileSync(path.join(root, 'content', 'kim-dua', 'pengaturan.yaml'), 'milik: operator\n');
    const sebelum = potret(root);
    const a = await buatSitus(isianDesa(), { root });
    const b = await buatSitus(isianDesa({ slug: 'kim-dua' }), { root });
    const c = await buatSitus(isianDesa({ slug: 'kim-lama' }), { root });
    for (const [r, slug] of [
      [a, 'sites/kim-ngudi-rahayu/'],
      [b, 'content/kim-dua/'],
      [c, 'sites/kim-lama/'],
    ] as const) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.galat).toEqual([{ file: '', field: 'slug', message: expect.stringContaining(`sudah ada: ${slug}`) }]);
    }
    expect(potret(root)).toEqual(sebelum);
  });

  it('refuses when the target appears between the check and the move, and rolls back', async () => {
    const root = rootBerisi();
    const j = siteFolders(root, 'kim-ngudi-rahayu');
    const ops: OperasiFs = {
      ...operasiNode,
      rename: async (dari, ke) => {
        // Another run creates sites/<slug>/ while this one is moving content/<slug>/.
        if (ke === j.contentDir) fs.mkdirSync(j.siteDir, { recursive: true });
        return operasiNode.rename(dari, ke);
      },
    };
    const r = await buatSitus(isianDesa(), { root, ops });
    expect(r.ok).toBe(false);
    expect(fs.existsSync(j.contentDir)).toBe(false);
    expect(fs.readdirSync(j.siteDir)).toEqual([]);
    expect(fs.existsSync(path.join(root, '.simpul', 'staging'))).toBe(false);
  });
});

describe('tempatkan', () => {
  it('throws SudahAda before writing anything when a target exists', async () => {
    const root = rootSementara('atomic');
    fs.mkdirSync(path.join(root, 'ada'));
    const sebelum = potret(root);
    await expect(
      tempatkan(stagingDir(root), [{ dari: 'a', ke: path.join(root, 'ada'), berkas: new Map([['x', 'y']]) }]),
    ).rejects.toBeInstanceOf(SudahAda);
    expect(potret(root)).toEqual(sebelum);
  });

  it('undoes a run interrupted by Ctrl+C', async () => {
    const root = rootSementara('atomic');
    let lanjut!: () => void;
    const jeda = new Promise<void>((r) => (lanjut = r));
    let mulaiMenulis!: () => void;
    const sedangMenulis = new Promise<void>((r) => (mulaiMenulis = r));
    const ops: OperasiFs = {
      ...operasiNode,
      writeFile: async (p, isi) => {
        mulaiMenulis();
        await jeda;
        return operasiNode.writeFile(p, isi);
      },
    };
    const kerja = tempatkan(stagingDir(root), [{ dari: 'content', ke: path.join(root, 'content', 'kim-x'), berkas: new Map([['a.md', 'x']]) }], ops);
    await sedangMenulis;
    expect(fs.readdirSync(path.join(root, '.simpul', 'staging'))).toHaveLength(1);
    batalkanSemuaSync();
    expect(fs.readdirSync(root)).toEqual([]);
    lanjut();
    await expect(kerja).rejects.toThrow();
    expect(fs.readdirSync(root)).toEqual([]);
  });
});

describe('path input can never leave sites/ and content/', () => {
  it.each(['../x', '..', '.', 'a/b', '/etc', 'kim/../../x', '', 'KIM', 'kim\0x', '..%2fx'])('siteFolders refuses %j', (slug) => {
    expect(() => siteFolders('/tmp/root', slug)).toThrow(PathError);
  });

  it.each(['../luar', '../../luar', '/tmp/luar', 'a/../../luar', '..'])('buatSitus with slug %j writes nothing anywhere', async (slug) => {
    const induk = rootSementara('traversal');
    const root = path.join(induk, 'root');
    fs.mkdirSync(root);
    const r = await buatSitus(isianDesa({ slug }), { root });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.galat.map((g) => g.field)).toContain('slug');
    expect(potret(induk)).toEqual({ root: '<folder>' });
    expect(fs.existsSync('/tmp/luar')).toBe(false);
  });
});
