/**
 * A data root where KIM A (kim-alpha) tries to publish KIM B's (kim-beta) files, and text the
 * build would read differently from `check`. Each attack is one file; `ATTACKS` says where
 * `check` must point, and `plantAttack` puts one (or all) of them into a copy of the fixture.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

/** Words and a picture only KIM B has: none of them may show up in A's output. */
export const B_TEXT = 'betarahasiaberita';
export const OUTSIDE_TEXT = 'luarrahasiaberkas';

const entry = (extra: string, body = 'Isi biasa.') =>
  `---\njudul: Berita Serangan Dari Alpha\ntanggal: 2026-10-08\nringkasan: Ringkasan berita serangan.\nkategori: pengumuman\npenulis: Tim KIM Alpha\n${extra}---\n${body}\n`;

export interface Attack {
  name: string;
  /** The file and field `check` must name (relative to the data root). */
  file: string;
  field: string;
  /** Writes the attack into data root `dir` (kim-beta's secrets are already there). */
  plant(dir: string): void;
}

const a = (dir: string, p: string) => path.join(dir, 'content/kim-alpha', p);
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
};

export const ATTACKS: Attack[] = [
  {
    name: 'symlink to a file of B',
    file: 'content/kim-alpha/berita/salinan-beta.md',
    field: '',
    plant: (dir) => fs.symlinkSync('../../kim-beta/berita/rahasia.md', a(dir, 'berita/salinan-beta.md')),
  },
  {
    name: 'symlink to a folder of B',
    file: 'content/kim-alpha/berita/tetangga',
    field: '',
    plant: (dir) => fs.symlinkSync('../../kim-beta/berita', a(dir, 'berita/tetangga')),
  },
  {
    name: 'symlink to a picture of B, used by an entry',
    file: 'content/kim-alpha/berita/foto-tetangga.md',
    field: 'gambar.src',
    plant: (dir) => {
      fs.symlinkSync('../../kim-beta/media/rahasia-beta.png', a(dir, 'media/foto-beta.png'));
      write(a(dir, 'berita/foto-tetangga.md'), entry('gambar:\n  src: ../media/foto-beta.png\n  alt: Foto\n'));
    },
  },
  {
    name: 'absolute path to a picture of B',
    file: 'content/kim-alpha/berita/jalur-mutlak.md',
    field: 'gambar.src',
    plant: (dir) =>
      write(a(dir, 'berita/jalur-mutlak.md'), entry(`gambar:\n  src: ${path.join(dir, 'content/kim-beta/media/rahasia-beta.png')}\n  alt: Foto\n`)),
  },
  {
    name: 'symlink outside the data root',
    file: 'content/kim-alpha/halaman/luar.md',
    field: '',
    plant: (dir) => {
      const outside = path.join(path.dirname(dir), `${path.basename(dir)}-luar.md`);
      write(outside, `---\njudul: Halaman Luar\n---\n${OUTSIDE_TEXT}\n`);
      fs.symlinkSync(outside, a(dir, 'halaman/luar.md'));
    },
  },
  {
    name: 'document path into B',
    file: 'content/kim-alpha/informasi-publik/dokumen-tetangga.md',
    field: 'berkas',
    plant: (dir) =>
      write(
        a(dir, 'informasi-publik/dokumen-tetangga.md'),
        '---\njudul: Dokumen Milik Tetangga\nkategori: berkala\ntanggal: 2026-01-15\nringkasan: Ringkasan dokumen.\nberkas: ../../kim-beta/media/rahasia-beta.pdf\n---\nIsi.\n',
      ),
  },
  {
    name: 'picture in the body with a path into B',
    file: 'content/kim-alpha/berita/foto-isi.md',
    field: 'isi',
    plant: (dir) => write(a(dir, 'berita/foto-isi.md'), entry('', '![foto](../../kim-beta/media/rahasia-beta.png)')),
  },
  {
    name: 'merge key smuggling gambar.src',
    file: 'content/kim-alpha/berita/gabung.md',
    field: 'gambar',
    plant: (dir) => write(a(dir, 'berita/gabung.md'), entry('gambar:\n  <<: {src: ../../kim-beta/media/rahasia-beta.png}\n  alt: Foto\n')),
  },
  {
    name: 'custom YAML tag',
    file: 'content/kim-alpha/berita/tag-kustom.md',
    field: 'ringkasan',
    plant: (dir) => write(a(dir, 'berita/tag-kustom.md'), entry('').replace('ringkasan: ', 'ringkasan: !tetangga ')),
  },
  {
    name: 'js-yaml type tag',
    file: 'content/kim-alpha/berita/tag-js.md',
    field: 'penulis',
    plant: (dir) => write(a(dir, 'berita/tag-js.md'), entry('').replace('penulis: Tim KIM Alpha', 'penulis: !!js/undefined')),
  },
  {
    name: 'fence trick: a line starting with --- inside front matter',
    file: 'content/kim-alpha/berita/pagar.md',
    field: 'x',
    plant: (dir) => write(a(dir, 'berita/pagar.md'), entry('---x: 1\ncatatan: |\n  ![foto](../../kim-beta/media/rahasia-beta.png)\n')),
  },
  {
    name: 'image marker in a front-matter field',
    file: 'content/kim-alpha/berita/penanda.md',
    field: 'judul',
    plant: (dir) =>
      write(
        a(dir, 'berita/penanda.md'),
        entry('').replace('judul: Berita Serangan Dari Alpha', 'judul: "__ASTRO_IMAGE_../../kim-beta/media/rahasia-beta.png"'),
      ),
  },
  {
    name: 'image marker in the body',
    file: 'content/kim-alpha/berita/penanda-isi.md',
    field: 'isi',
    plant: (dir) =>
      write(
        a(dir, 'berita/penanda-isi.md'),
        entry('', 'Foto: __ASTRO_IMAGE_="{&quot;src&quot;:&quot;../../../kim-beta/media/rahasia-beta.png&quot;,&quot;index&quot;:0}"'),
      ),
  },
  {
    name: 'image marker in the body, spelled with escapes',
    file: 'content/kim-alpha/berita/penanda-lolos.md',
    field: 'isi',
    plant: (dir) =>
      write(
        a(dir, 'berita/penanda-lolos.md'),
        entry('', 'Foto: \\_\\_ASTRO\\_IMAGE\\_="{&quot;src&quot;:&quot;../../../kim-beta/media/rahasia-beta.png&quot;,&quot;index&quot;:0}"'),
      ),
  },
];

/** B's own secret post and picture, which B publishes and A must not. */
export async function plantBeta(dir: string): Promise<void> {
  const media = path.join(dir, 'content/kim-beta/media');
  fs.mkdirSync(media, { recursive: true });
  fs.copyFileSync(path.join(dir, 'content/kim-alpha/media/apbdes-2026.pdf'), path.join(media, 'rahasia-beta.pdf'));
  await sharp({ create: { width: 64, height: 48, channels: 3, background: '#b0ea07' } })
    .png()
    .toFile(path.join(media, 'rahasia-beta.png'));
  write(
    path.join(dir, 'content/kim-beta/berita/rahasia.md'),
    `---\njudul: Rahasia Dapur KIM Beta\ntanggal: 2026-10-07\nringkasan: Ringkasan milik KIM Beta.\nkategori: ekonomi\npenulis: Tim KIM Beta\ngambar:\n  src: ../media/rahasia-beta.png\n  alt: Foto rahasia\n---\nTeks ${B_TEXT}.\n`,
  );
}
