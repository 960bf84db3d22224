import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverFleet } from '../../scripts/lib/fleet.ts';
import { parseFrontmatter } from '../../scripts/lib/frontmatter.ts';
import { dataRoot, projectRoot } from '../../scripts/lib/paths.ts';
import { formatIssue, validateSite } from '../../scripts/lib/validate.ts';
import { copyFixture, runScript } from '../helpers/data-root.ts';

describe('parseFrontmatter', () => {
  it('splits front matter and body, keeping dates as text', () => {
    const { data, body } = parseFrontmatter('---\njudul: Halo\ntanggal: 2026-08-17\n---\nIsi.\n');
    expect(data).toEqual({ judul: 'Halo', tanggal: '2026-08-17' });
    expect(body).toBe('Isi.\n');
  });
  it('explains a missing fence and broken YAML', () => {
    expect(() => parseFrontmatter('judul: Halo')).toThrow('front matter tidak ditemukan');
    expect(() => parseFrontmatter('---\njudul: [Halo\n---\n')).toThrow(/^YAML tidak valid: /);
  });
});

describe('validateSite', () => {
  it('passes the fixture sites', () => {
    const root = dataRoot(copyFixture('dua-situs'));
    const fleet = discoverFleet(root);
    for (const s of fleet) expect(validateSite(root, s.slug, { fleet }).issues).toEqual([]);
  });

  it('names the file, the field and what is expected for each problem', () => {
    const dir = copyFixture('dua-situs');
    const root = dataRoot(dir);
    const c = (p: string) => path.join(dir, 'content/kim-alpha', p);
    fs.writeFileSync(
      c('berita/rusak.md'),
      '---\njudul: Ok judul berita\ntanggal: 2026-13-45\nringkasan: r\nkategori: olahraga\npenulis: A\ngambar:\n  src: ../media/tidak-ada.jpg\n  alt: x\n---\nIsi\n',
    );
    fs.writeFileSync(c('berita/Judul Salah.md'), '---\njudul: Judul yang panjang\ntanggal: 2026-01-01\nringkasan: r\nkategori: ekonomi\npenulis: A\n---\n');
    fs.writeFileSync(
      c('berita/curi.md'),
      '---\njudul: Foto KIM lain\ntanggal: 2026-01-01\nringkasan: r\nkategori: ekonomi\npenulis: A\ngambar:\n  src: ../../kim-beta/pengaturan.yaml\n  alt: x\n---\n',
    );
    fs.writeFileSync(c('halaman/berita.md'), '---\njudul: Berita\n---\n');
    fs.writeFileSync(
      path.join(dir, 'sites/kim-alpha/site.yaml'),
      fs.readFileSync(path.join(dir, 'sites/kim-alpha/site.yaml'), 'utf8').replace('slug: kim-alpha', 'slug: kim-lain'),
    );
    const lines = validateSite(root, 'kim-alpha', { fleet: discoverFleet(root) }).issues.map(formatIssue);
    expect(lines).toEqual([
      'sites/kim-alpha/site.yaml — slug: harus sama dengan nama foldernya: "kim-alpha"',
      'content/kim-alpha/berita/Judul Salah.md: nama berkas hanya boleh huruf kecil a–z, angka 0–9 dan tanda -, contoh: panen-raya-2026.md',
      'content/kim-alpha/berita/curi.md — gambar.src: "../../kim-beta/pengaturan.yaml" harus berkas di dalam folder KIM ini sendiri (misalnya ../media/foto.jpg)',
      'content/kim-alpha/berita/rusak.md — tanggal: harus berupa tanggal, contoh: 2026-08-17',
      'content/kim-alpha/berita/rusak.md — kategori: harus salah satu dari: pemerintahan, pembangunan, kesehatan, pendidikan, ekonomi, pertanian, lingkungan, sosial-budaya, pengumuman, kegiatan-kim',
      'content/kim-alpha/berita/rusak.md — gambar.src: berkas "../media/tidak-ada.jpg" tidak ditemukan (dicari di media/tidak-ada.jpg)',
      'content/kim-alpha/halaman/berita.md: nama halaman "berita" bertabrakan dengan alamat berita/ yang sudah dipakai bagian lain situs; ganti nama berkasnya',
    ]);
  });

  it('refuses entries whose address a theme route takes, and nested halaman', () => {
    const dir = copyFixture('dua-situs');
    const c = (p: string) => path.join(dir, 'content/kim-alpha', p);
    const berita = '---\njudul: Judul yang panjang\ntanggal: 2026-01-01\nringkasan: r\nkategori: ekonomi\npenulis: A\n---\n';
    for (const d of ['berita/kategori', 'berita/halaman', 'berita/2026', 'halaman/desa']) fs.mkdirSync(c(d), { recursive: true });
    fs.writeFileSync(c('berita/kategori/ekonomi.md'), berita);
    fs.writeFileSync(c('berita/halaman/2.md'), berita);
    fs.writeFileSync(c('berita/2026/boleh.md'), berita);
    fs.writeFileSync(c('halaman/desa/sejarah.md'), '---\njudul: Sejarah desa\n---\n');
    fs.writeFileSync(c('halaman/cari.md'), '---\njudul: Cari\n---\n');
    const root = dataRoot(dir);
    expect(validateSite(root, 'kim-alpha', { fleet: discoverFleet(root) }).issues.map(formatIssue)).toEqual([
      'content/kim-alpha/berita/halaman/2.md: nama berita "halaman/2" bertabrakan dengan alamat berita/halaman/ yang sudah dipakai bagian lain situs; ganti nama berkasnya',
      'content/kim-alpha/berita/kategori/ekonomi.md: nama berita "kategori/ekonomi" bertabrakan dengan alamat berita/kategori/ yang sudah dipakai bagian lain situs; ganti nama berkasnya',
      'content/kim-alpha/halaman/cari.md: nama halaman "cari" bertabrakan dengan alamat cari/ yang sudah dipakai bagian lain situs; ganti nama berkasnya',
      'content/kim-alpha/halaman/desa/sejarah.md: halaman tidak boleh di dalam subfolder; pindahkan berkasnya langsung ke folder halaman/',
    ]);
  });

  it('rejects a HEIC photo saved as .jpg, and says how to fix it', () => {
    const dir = copyFixture('dua-situs');
    const heic = Buffer.alloc(64);
    heic.writeUInt32BE(24, 0);
    heic.write('ftypheic\0\0\0\0mif1heic', 4, 'latin1');
    fs.writeFileSync(path.join(dir, 'content/kim-alpha/media/jalan.jpg'), heic);
    const root = dataRoot(dir);
    expect(validateSite(root, 'kim-alpha', { fleet: discoverFleet(root) }).issues.map(formatIssue)).toEqual([
      'content/kim-alpha/berita/jalan-desa.md — gambar.src: berkas "../media/jalan.jpg" berformat HEIC (foto iPhone/HP) yang belum bisa diolah; simpan sebagai JPG lalu unggah lagi',
    ]);
  });

  it('rejects a photo or a PDF whose content is not what its name says', () => {
    const dir = copyFixture('dua-situs');
    const root = dataRoot(dir);
    const media = path.join(dir, 'content/kim-alpha/media');
    fs.writeFileSync(path.join(media, 'jalan.jpg'), 'Halaman tidak ditemukan');
    fs.writeFileSync(path.join(media, 'apbdes-2026.pdf'), fs.readFileSync(path.join(projectRoot, 'src/assets/og-default.jpg')));
    const lines = validateSite(root, 'kim-alpha', { fleet: discoverFleet(root) }).issues.map(formatIssue);
    expect(lines).toContain(
      'content/kim-alpha/berita/jalan-desa.md — gambar.src: berkas "../media/jalan.jpg" bukan foto yang utuh (isinya tidak dikenali); simpan ulang fotonya sebagai JPG lalu unggah lagi',
    );
    expect(lines.find((l) => l.includes('apbdes-2026.pdf'))).toMatch(
      /— berkas: berkas "\.\.\/media\/apbdes-2026\.pdf" bukan PDF yang utuh \(isinya tidak dikenali\); ekspor ulang dokumennya ke PDF lalu unggah lagi$/,
    );
  });

  it('refuses SVG pictures, by name or by content, in fields and in the text', () => {
    const dir = copyFixture('dua-situs');
    const root = dataRoot(dir);
    const media = path.join(dir, 'content/kim-alpha/media');
    const svg = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>';
    fs.writeFileSync(path.join(media, 'logo.svg'), svg);
    fs.writeFileSync(path.join(media, 'jalan.jpg'), svg);
    fs.appendFileSync(path.join(dir, 'content/kim-alpha/berita/jalan-desa.md'), '\n![Logo](../media/logo.svg)\n');
    const lines = validateSite(root, 'kim-alpha', { fleet: discoverFleet(root) }).issues.map(formatIssue);
    expect(lines).toEqual([
      'content/kim-alpha/berita/jalan-desa.md — gambar.src: berkas "../media/jalan.jpg" berformat SVG, yang bisa berisi skrip dan tidak diterbitkan; simpan gambarnya sebagai PNG atau JPG lalu unggah lagi',
      'content/kim-alpha/berita/jalan-desa.md — isi: foto di isi tulisan: berkas "../media/logo.svg" berformat SVG, yang bisa berisi skrip dan tidak diterbitkan; simpan gambarnya sebagai PNG atau JPG lalu unggah lagi',
    ]);
  });

  it('publishes only whole PDFs: header first, %%EOF at the end', () => {
    const dir = copyFixture('dua-situs');
    const root = dataRoot(dir);
    const pdf = path.join(dir, 'content/kim-alpha/media/apbdes-2026.pdf');
    const real = fs.readFileSync(pdf);
    const check = () => validateSite(root, 'kim-alpha', { fleet: discoverFleet(root) }).issues.map(formatIssue);
    // A web page that carries the header in a comment: readers would open it, browsers sniff HTML.
    fs.writeFileSync(pdf, Buffer.concat([Buffer.from('<html><script>alert(1)</script><!-- '), real, Buffer.from(' -->')]));
    expect(check()).toEqual([
      'content/kim-alpha/informasi-publik/apbdes-2026.md — berkas: berkas "../media/apbdes-2026.pdf" tidak diawali tanda PDF (%PDF-); ekspor ulang dokumennya ke PDF lalu unggah lagi',
    ]);
    fs.writeFileSync(pdf, real.subarray(0, Math.floor(real.length / 2)));
    expect(check()).toEqual([
      'content/kim-alpha/informasi-publik/apbdes-2026.md — berkas: berkas "../media/apbdes-2026.pdf" terpotong (tidak diakhiri %%EOF); unggah lagi PDF yang utuh',
    ]);
    fs.writeFileSync(pdf, real);
    expect(check()).toEqual([]);
  });

  it('checks the pictures in an entry’s text like those in its fields', () => {
    const dir = copyFixture('dua-situs');
    const root = dataRoot(dir);
    const entry = path.join(dir, 'content/kim-alpha/berita/jalan-desa.md');
    fs.appendFileSync(
      entry,
      '\n![Jalan baru](../media/jalan.jpg)\n\n![Hilang](../media/tidak-ada.jpg)\n\n![Pasar][pasar]\n\n![Luar](https://contoh.id/a.jpg)\n\n![Lokal](/media/a.jpg)\n\n[pasar]: ../../kim-beta/media/pasar.jpg\n',
    );
    const lines = validateSite(root, 'kim-alpha', { fleet: discoverFleet(root) }).issues.map(formatIssue);
    expect(lines).toEqual([
      'content/kim-alpha/berita/jalan-desa.md — isi: foto di isi tulisan: berkas "../media/tidak-ada.jpg" tidak ditemukan (dicari di media/tidak-ada.jpg)',
      'content/kim-alpha/berita/jalan-desa.md — isi: foto di isi tulisan: "/media/a.jpg" harus berkas di dalam folder KIM ini sendiri (misalnya ../media/foto.jpg)',
      'content/kim-alpha/berita/jalan-desa.md — isi: foto di isi tulisan: "../../kim-beta/media/pasar.jpg" harus berkas di dalam folder KIM ini sendiri (misalnya ../media/foto.jpg)',
    ]);
  });

  it('checks that forum members exist', () => {
    const dir = copyFixture('dua-situs');
    fs.writeFileSync(
      path.join(dir, 'sites/kim-beta/site.yaml'),
      fs
        .readFileSync(path.join(dir, 'sites/kim-beta/site.yaml'), 'utf8')
        .replace('jenis: kelurahan', 'jenis: forum-kecamatan\nanggota: [kim-alpha, kim-hantu]'),
    );
    const root = dataRoot(dir);
    expect(validateSite(root, 'kim-beta', { fleet: discoverFleet(root) }).issues.map(formatIssue)).toEqual([
      'sites/kim-beta/site.yaml — anggota[1]: KIM "kim-hantu" tidak ada di sites/',
    ]);
  });
});

describe('npm run check', () => {
  it('exits 0 on valid sites and 1 with the errors listed', () => {
    const dir = copyFixture('dua-situs');
    const ok = runScript('check', ['--root', dir]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('Semua 2 situs valid.');
    fs.writeFileSync(path.join(dir, 'content/kim-beta/pengaturan.yaml'), 'tagline: ""\n');
    const bad = runScript('check', ['--root', dir]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('✗ content/kim-beta/pengaturan.yaml — tagline: wajib diisi');
    expect(bad.stdout).toContain('Perbaiki berkas di atas');
  });
});

describe("symlinks in a KIM's folders", () => {
  it('refuses a symlinked site.yaml and a symlinked pengaturan.yaml without reading them', () => {
    const dir = copyFixture('dua-situs');
    const root = dataRoot(dir);
    fs.rmSync(path.join(dir, 'sites/kim-alpha/site.yaml'));
    fs.symlinkSync('../kim-beta/site.yaml', path.join(dir, 'sites/kim-alpha/site.yaml'));
    fs.rmSync(path.join(dir, 'content/kim-alpha/pengaturan.yaml'));
    fs.symlinkSync('../kim-beta/pengaturan.yaml', path.join(dir, 'content/kim-alpha/pengaturan.yaml'));
    const lines = validateSite(root, 'kim-alpha', { fleet: discoverFleet(root) }).issues.map(formatIssue);
    expect(lines).toContain(
      'sites/kim-alpha/site.yaml: tautan simbolik (symlink) tidak diizinkan di folder sites/ KIM; ganti dengan berkas atau folder biasa (salin isinya ke sini bila memang milik KIM ini)',
    );
    expect(lines.some((l) => l.startsWith('content/kim-alpha/pengaturan.yaml: tautan simbolik (symlink) tidak diizinkan'))).toBe(true);
    // The target's own slug (kim-beta) is never read as A's.
    expect(lines.join('\n')).not.toMatch(/harus sama dengan nama foldernya/);
  });

  it('refuses a KIM content folder that is a symlink to another KIM', () => {
    const dir = copyFixture('dua-situs');
    const root = dataRoot(dir);
    fs.rmSync(path.join(dir, 'content/kim-alpha'), { recursive: true });
    fs.symlinkSync('kim-beta', path.join(dir, 'content/kim-alpha'));
    const report = validateSite(root, 'kim-alpha', { fleet: discoverFleet(root) });
    expect(report.issues.map(formatIssue)).toEqual([expect.stringMatching(/^content\/kim-alpha: tautan simbolik/)]);
    expect(report.entries).toBe(0);
  });
});
