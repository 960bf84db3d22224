import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cancelAllSync, nodeFsOps, AlreadyExists, place, type FsOps } from '../../scripts/lib/provision/atomic.ts';
import { PathError, siteFolders, stagingDir } from '../../scripts/lib/paths.ts';
import { createSite } from '../../scripts/lib/provision/provision.ts';
import { desaFields, portrait, tempRoot } from './helpers.ts';

/** A data root that already holds one site and a build cache, which must never be touched. */
function rootWith(): string {
  const root = tempRoot('atomic');
  fs.mkdirSync(path.join(root, 'sites', 'kim-lama'), { recursive: true });
  fs.writeFileSync(path.join(root, 'sites', 'kim-lama', 'site.yaml'), 'slug: kim-lama\n');
  fs.mkdirSync(path.join(root, 'content', 'kim-lama', 'berita'), { recursive: true });
  fs.writeFileSync(path.join(root, 'content', 'kim-lama', 'berita', 'a.md'), '---\njudul: Lama\n---\n');
  fs.mkdirSync(path.join(root, '.simpul', 'cache'), { recursive: true });
  fs.writeFileSync(path.join(root, '.simpul', 'cache', 'x'), 'cache');
  return root;
}

/** File operations that fail on the n-th call of one kind. */
function failAt(jenis: keyof FsOps, dest: number): FsOps & { hitung: number } {
  const ops = {
    hitung: 0,
    mkdir: nodeFsOps.mkdir,
    writeFile: nodeFsOps.writeFile,
    rename: nodeFsOps.rename,
  };
  const original = nodeFsOps[jenis] as (...a: unknown[]) => Promise<unknown>;
  (ops as Record<string, unknown>)[jenis] = async (...a: unknown[]) => {
    ops.hitung++;
    if (ops.hitung === dest) throw Object.assign(new Error('disk penuh (uji)'), { code: 'ENOSPC' });
    return original(...a);
  };
  return ops;
}

describe('buatSitus writes all or nothing', () => {
  it('creates exactly site.yaml and the content folder, leaving no staging folder', async () => {
    const root = tempRoot('atomic');
    const r = await createSite(desaFields(), { root });
    expect(r.ok).toBe(true);
    expect(Object.keys(portrait(root)).filter((p) => !p.includes('/'))).toEqual(['content', 'sites']);
    expect(fs.existsSync(path.join(root, 'sites', 'kim-ngudi-rahayu', 'site.yaml'))).toBe(true);
    expect(fs.readdirSync(path.join(root, 'content', 'kim-ngudi-rahayu')).sort()).toEqual(['berita', 'halaman', 'pengaturan.yaml']);
  });

  it.each([
    ['writeFile', 1],
    ['writeFile', 4],
    ['mkdir', 3],
    ['rename', 1],
    ['rename', 2],
  ] as const)('leaves the root exactly as it was when %s call %i fails', async (jenis, dest) => {
    const root = rootWith();
    const before = portrait(root);
    const ops = failAt(jenis, dest);
    const r = await createSite(desaFields(), { root, ops });
    expect(ops.hitung).toBeGreaterThanOrEqual(dest);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.message).toMatch(/gagal menulis berkas: disk penuh \(uji\)\. Tidak ada yang tertinggal/);
    expect(portrait(root)).toEqual(before);
  });

  it('removes the sites/ and content/ folders it had to create when it fails', async () => {
    const root = tempRoot('atomic');
    const r = await createSite(desaFields(), { root, ops: failAt('rename', 2) });
    expect(r.ok).toBe(false);
    expect(fs.readdirSync(root)).toEqual([]);
  });

  it('refuses to overwrite an existing site, even an empty folder, and changes nothing', async () => {
    const root = rootWith();
    fs.mkdirSync(path.join(root, 'sites', 'kim-ngudi-rahayu'));
    fs.mkdirSync(path.join(root, 'content', 'kim-dua'));
    fs.writeFileSync(path.join(root, 'content', 'kim-dua', 'pengaturan.yaml'), 'milik: operator\n');
    const before = portrait(root);
    const a = await createSite(desaFields(), { root });
    const b = await createSite(desaFields({ slug: 'kim-dua' }), { root });
    const c = await createSite(desaFields({ slug: 'kim-lama' }), { root });
    for (const [r, slug] of [
      [a, 'sites/kim-ngudi-rahayu/'],
      [b, 'content/kim-dua/'],
      [c, 'sites/kim-lama/'],
    ] as const) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues).toEqual([{ file: '', field: 'slug', message: expect.stringContaining(`sudah ada: ${slug}`) }]);
    }
    expect(portrait(root)).toEqual(before);
  });

  it('refuses when the target appears between the check and the move, and rolls back', async () => {
    const root = rootWith();
    const j = siteFolders(root, 'kim-ngudi-rahayu');
    const ops: FsOps = {
      ...nodeFsOps,
      rename: async (from, dest) => {
        // Another run creates sites/<slug>/ while this one is moving content/<slug>/.
        if (dest === j.contentDir) fs.mkdirSync(j.siteDir, { recursive: true });
        return nodeFsOps.rename(from, dest);
      },
    };
    const r = await createSite(desaFields(), { root, ops });
    expect(r.ok).toBe(false);
    expect(fs.existsSync(j.contentDir)).toBe(false);
    expect(fs.readdirSync(j.siteDir)).toEqual([]);
    expect(fs.existsSync(path.join(root, '.simpul', 'staging'))).toBe(false);
  });
});

describe('tempatkan', () => {
  it('throws SudahAda before writing anything when a target exists', async () => {
    const root = tempRoot('atomic');
    fs.mkdirSync(path.join(root, 'ada'));
    const before = portrait(root);
    await expect(place(stagingDir(root), [{ source: 'a', target: path.join(root, 'ada'), files: new Map([['x', 'y']]) }])).rejects.toBeInstanceOf(
      AlreadyExists,
    );
    expect(portrait(root)).toEqual(before);
  });

  it('undoes a run interrupted by Ctrl+C', async () => {
    const root = tempRoot('atomic');
    let proceed!: () => void;
    const pause = new Promise<void>((r) => (proceed = r));
    let startWriting!: () => void;
    const writing = new Promise<void>((r) => (startWriting = r));
    const ops: FsOps = {
      ...nodeFsOps,
      writeFile: async (p, content) => {
        startWriting();
        await pause;
        return nodeFsOps.writeFile(p, content);
      },
    };
    const work = place(stagingDir(root), [{ source: 'content', target: path.join(root, 'content', 'kim-x'), files: new Map([['a.md', 'x']]) }], ops);
    await writing;
    expect(fs.readdirSync(path.join(root, '.simpul', 'staging'))).toHaveLength(1);
    cancelAllSync();
    expect(fs.readdirSync(root)).toEqual([]);
    proceed();
    await expect(work).rejects.toThrow();
    expect(fs.readdirSync(root)).toEqual([]);
  });
});

describe('path input can never leave sites/ and content/', () => {
  it.each(['../x', '..', '.', 'a/b', '/etc', 'kim/../../x', '', 'KIM', 'kim\0x', '..%2fx'])('siteFolders refuses %j', (slug) => {
    expect(() => siteFolders('/tmp/root', slug)).toThrow(PathError);
  });

  it.each(['../luar', '../../luar', '/tmp/luar', 'a/../../luar', '..'])('buatSitus with slug %j writes nothing anywhere', async (slug) => {
    const parent = tempRoot('traversal');
    const root = path.join(parent, 'root');
    fs.mkdirSync(root);
    const r = await createSite(desaFields({ slug }), { root });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((g) => g.field)).toContain('slug');
    expect(portrait(parent)).toEqual({ root: '<folder>' });
    expect(fs.existsSync('/tmp/luar')).toBe(false);
  });
});
