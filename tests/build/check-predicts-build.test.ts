/**
 * What passes check is what gets published: each kind of input that used to pass `check` and
 * then break or quietly degrade the build is refused by `check` with file and field (and the
 * line, for the body), the build leaves that KIM out with the same message and builds the
 * others, and Astro run without the check refuses the entry instead of publishing it empty.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAstroChild } from '../../scripts/lib/astro-run.ts';
import { dataRoot, projectRoot } from '../../scripts/lib/paths.ts';
import { reasonOf } from '../../scripts/lib/render.ts';
import { copyFixture, runScript, type CliResult } from '../helpers/data-root.ts';

const entry = (name: string, extra: string, body = 'Isi biasa.') => ({
  name,
  text: `---\njudul: Berita Uji Pemeriksaan ${name}\ntanggal: 2026-10-08\nringkasan: Ringkasan berita uji.\nkategori: pengumuman\npenulis: Tim KIM Alpha\n${extra}---\n${body}\n`,
});

/** Entries of kim-alpha, each with the line `check` must print for it (file — field: …). */
const CASES: { name: string; text: string; expect: RegExp }[] = [
  {
    ...entry('penanda-aset', '', 'Lihat __ASTRO_ASSET_IMAGE__abc123__ di sini.'),
    expect: /penanda-aset\.md — isi: baris 8: berisi "__ASTRO_ASSET_IMAGE__abc123__"/,
  },
  { ...entry('penanda-vite', '', 'Satu.\n\nDua __vite_asset__x1__ tiga.'), expect: /penanda-vite\.md — isi: baris 10: berisi "__vite_asset__x1__"/ },
  {
    ...entry('penanda-alt', 'gambar:\n  src: ../media/jalan.jpg\n  alt: "__ASTRO_IMAGE_../../kim-beta/x.jpg"\n'),
    expect: /penanda-alt\.md — gambar\.alt: berisi "__ASTRO_IMAGE_/,
  },
  { ...entry('tag-yaml', 'kategori2: !!set {a, b}\n'), expect: /tag-yaml\.md — kategori2: tag YAML "!!set" tidak diizinkan \(baris 7\)/ },
  {
    ...entry('foto-potong', 'gambar:\n  src: ../media/potong.jpg\n  alt: Foto\n'),
    expect: /foto-potong\.md — gambar\.src: berkas "\.\.\/media\/potong\.jpg" rusak atau terpotong/,
  },
  {
    ...entry('foto-potong-isi', '', 'Awal.\n\n![foto](../media/potong.png)'),
    expect: /foto-potong-isi\.md — isi: foto di isi tulisan: berkas "\.\.\/media\/potong\.png" rusak atau terpotong/,
  },
  { ...entry('sarang', '', `Awal.\n\n${'<div>'.repeat(5000)}isi`), expect: /sarang\.md — isi: baris 10: HTML di isi tulisan bersarang 5000 tingkat/ },
  {
    ...entry('pre-kapital', '', 'Awal.\n\n<PRE>\nkode\n</PRE>\n\nSisa tulisan.'),
    expect: /pre-kapital\.md — isi: baris 10: blok <PRE> tidak ditutup dengan <\/pre>/,
  },
  { ...entry('script-campur', '', '<ScRiPt>\nalert(1)\n</SCRIPT>\n\nSisa.'), expect: /script-campur\.md — isi: baris 8: blok <ScRiPt> tidak ditutup/ },
  { ...entry('style-kapital', '', 'A.\n\nB.\n\n<STYLE>\np{}\n</STYLE>\nSisa.'), expect: /style-kapital\.md — isi: baris 12: blok <STYLE> tidak ditutup/ },
  { ...entry('textarea-kapital', '', '<TEXTAREA>\nx\n</TextArea>\n\nSisa.'), expect: /textarea-kapital\.md — isi: baris 8: blok <TEXTAREA> tidak ditutup/ },
];

let dir: string;
let check: CliResult;
let build: CliResult;

/** Puts pictures cut off after their header into kim-alpha's media folder. */
async function plantTruncated(root: string): Promise<void> {
  const media = path.join(root, 'content/kim-alpha/media');
  const photo = sharp(randomBytes(200 * 150 * 3), { raw: { width: 200, height: 150, channels: 3 } });
  const jpg = await photo.clone().jpeg().toBuffer();
  const png = await photo.clone().png().toBuffer();
  fs.writeFileSync(path.join(media, 'potong.jpg'), jpg.subarray(0, 400));
  fs.writeFileSync(path.join(media, 'potong.png'), png.subarray(0, 200));
}

beforeAll(async () => {
  dir = copyFixture('dua-situs');
  await plantTruncated(dir);
  for (const c of CASES) fs.writeFileSync(path.join(dir, 'content/kim-alpha/berita', `${c.name}.md`), c.text);
  fs.appendFileSync(path.join(dir, 'content/kim-beta/pengaturan.yaml'), '');
  fs.appendFileSync(path.join(dir, 'content/kim-alpha/pengaturan.yaml'), 'tagline2: !tetangga x\n');
  check = runScript('check', ['--root', dir]);
  build = runScript('build', ['--root', dir]);
}, 600_000);

describe('check predicts the build', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('check refuses %s with file, field and line', (_, c) => {
    expect(check.code).toBe(1);
    const line = check.stdout.split('\n').find((l) => l.includes(`content/kim-alpha/berita/${c.name}.md`));
    expect(line, check.stdout).toMatch(c.expect);
  });

  it('check refuses a custom tag in pengaturan.yaml', () => {
    expect(check.stdout).toMatch(/content\/kim-alpha\/pengaturan\.yaml — tagline2: tag YAML "!tetangga" tidak diizinkan/);
  });

  it('the build fails that KIM loudly, with the files, and still builds the other', () => {
    expect(build.code).toBe(1);
    expect(build.stdout).toMatch(/kim-alpha\s+tidak valid/);
    expect(build.stdout).toMatch(/kim-beta\s+dibangun/);
    expect(build.stdout).toContain('content/kim-alpha/berita/sarang.md — isi: baris 10: HTML di isi tulisan bersarang');
    expect(build.stdout).toContain('content/kim-alpha/berita/pre-kapital.md — isi: baris 10');
    expect(fs.existsSync(path.join(dir, 'dist/kim-alpha'))).toBe(false);
  });
});

describe('Astro without check', () => {
  const run = async (name: string) => {
    const root = copyFixture('dua-situs');
    await plantTruncated(root);
    const c = CASES.find((x) => x.name === name)!;
    fs.writeFileSync(path.join(root, 'content/kim-alpha/berita', `${c.name}.md`), c.text);
    const outDir = path.join(projectRoot, '.simpul', `astro-out-${process.pid}.predict-${name}`);
    const res = await runAstroChild({ root: dataRoot(root), render: ['kim-alpha'], load: ['kim-alpha'], outDir });
    const page = path.join(outDir, 'kim-alpha/berita', name, 'index.html');
    const published = fs.existsSync(page);
    fs.rmSync(outDir, { recursive: true, force: true });
    return { ...res, published, reason: reasonOf(res.log, dataRoot(root)) };
  };

  it('refuses deeply nested HTML and an unclosed upper-case <PRE>, never publishing them', async () => {
    const [deep, pre] = await Promise.all([run('sarang'), run('pre-kapital')]);
    expect(deep.ok).toBe(false);
    expect(deep.published).toBe(false);
    expect(deep.reason).toMatch(/^KontenDitolak: content\/kim-alpha\/berita\/sarang\.md — isi: baris 10: HTML di isi tulisan bersarang 5000 tingkat/);
    expect(pre.ok).toBe(false);
    expect(pre.published).toBe(false);
    expect(pre.reason).toMatch(/^KontenDitolak: content\/kim-alpha\/berita\/pre-kapital\.md — isi: baris 10: blok <PRE>/);
  }, 300_000);
});
