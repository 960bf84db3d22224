/**
 * A synthetic, text-only KIM fleet for benchmarks: `<dir>/sites/<slug>/site.yaml` and
 * `<dir>/content/<slug>/…` in the same shape as real data, so `npm run build -- --root <dir>`
 * builds it like any other data root.
 */
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { mulberry32 as rng } from '../random.ts';

const WORDS = (
  'warga desa kegiatan gotong royong pembangunan jalan posyandu balita musyawarah pelatihan usaha kecil ' +
  'pertanian panen padi sayur bantuan sosial informasi pemerintah kecamatan kabupaten kelompok ' +
  'masyarakat sosialisasi program kesehatan pendidikan sekolah air bersih irigasi sawah pasar ' +
  'produk olahan pemuda karang taruna ibu rumah tangga kader lingkungan sampah bank pelayanan ' +
  'administrasi kependudukan membangun bersama rapat koordinasi anggaran dana desa laporan'
).split(' ');

const KATEGORI = ['pemerintahan', 'pembangunan', 'kesehatan', 'pendidikan', 'ekonomi', 'pertanian', 'lingkungan', 'pengumuman'];
const ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;

function sentence(r: () => number, n: number): string {
  const w = Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]!);
  w[0] = w[0]![0]!.toUpperCase() + w[0]!.slice(1);
  return `${w.join(' ')}.`;
}

function paragraph(r: () => number, sentenceCount: number): string {
  return Array.from({ length: sentenceCount }, () => sentence(r, 8 + Math.floor(r() * 10))).join(' ');
}

function frontmatter(data: Record<string, unknown>, body: string): string {
  return `---\n${stringify(data).trimEnd()}\n---\n\n${body}\n`;
}

/** The one kabupaten every synthetic KIM belongs to (its kecamatan vary). */
export const BENCH_WILAYAH = { kecamatan: 'Kecamatan 1', kabupaten: 'Kabupaten Bogor', provinsi: 'Jawa Barat' };

export interface FleetSpec {
  sites: number;
  /** Markdown entries per site (4 profile pages, the rest berita). */
  pages: number;
  /** Every site under one GitHub Pages origin (default: half of them on their own domains). */
  oneOrigin?: boolean;
}

export function benchSlug(i: number): string {
  return `kim-uji-${String(i + 1).padStart(3, '0')}`;
}

export function generateFleet(dir: string, spec: FleetSpec): void {
  const ownDomain = (i: number) => i % 2 === 0 && !spec.oneOrigin;
  for (let i = 0; i < spec.sites; i++) {
    const slug = benchSlug(i);
    const r = rng(i + 1);
    const siteDir = path.join(dir, 'sites', slug);
    const contentDir = path.join(dir, 'content', slug);
    fs.mkdirSync(siteDir, { recursive: true });
    fs.mkdirSync(path.join(contentDir, 'halaman'), { recursive: true });
    fs.mkdirSync(path.join(contentDir, 'berita'), { recursive: true });
    fs.writeFileSync(
      path.join(siteDir, 'site.yaml'),
      stringify({
        slug,
        nama: `KIM Uji ${i + 1}`,
        jenis: i % 5 === 0 ? 'kelurahan' : 'desa',
        wilayah: { ...BENCH_WILAYAH, desa: `Desa Uji ${i + 1}`, kecamatan: `Kecamatan ${1 + (i % 12)}` },
        url: ownDomain(i) ? `https://${slug}.desa.id/` : `https://kim-bogor.github.io/${slug}/`,
        zona_waktu: ZONES[i % 3],
        // Without it the schema's default (nginx, read as folder) would leave the shared
        // github.io origin out of `deploy --target github-pages`, as the CI bench runs it.
        deploy: { target: ownDomain(i) ? 'folder' : 'github-pages' },
      }),
    );
    fs.writeFileSync(
      path.join(contentDir, 'pengaturan.yaml'),
      stringify({
        tagline: `Kabar warga Desa Uji ${i + 1}`,
        deskripsi: `Situs Kelompok Informasi Masyarakat Desa Uji ${i + 1}.`,
        hero: { judul: `Selamat datang di KIM Uji ${i + 1}`, teks: 'Informasi dari warga, untuk warga.' },
        kontak: { alamat: `Jl. Balai Desa No. ${i + 1}` },
      }),
    );
    const halaman = ['profil', 'visi-misi', 'pengurus', 'kontak'];
    halaman.forEach((name, k) => {
      fs.writeFileSync(
        path.join(contentDir, 'halaman', `${name}.md`),
        frontmatter({ judul: `Halaman ${name.replace('-', ' ')}`, urutan: k + 1 }, paragraph(r, 6)),
      );
    });
    for (let j = 0; j < spec.pages - halaman.length; j++) {
      const month = 1 + (j % 12);
      const day = 1 + ((j * 7) % 28);
      fs.writeFileSync(
        path.join(contentDir, 'berita', `berita-${String(j + 1).padStart(3, '0')}.md`),
        frontmatter(
          {
            judul: sentence(r, 6).slice(0, -1),
            tanggal: `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
            ringkasan: sentence(r, 18),
            kategori: KATEGORI[j % KATEGORI.length],
            penulis: `Tim KIM Uji ${i + 1}`,
          },
          [paragraph(r, 5), `## ${sentence(r, 4).slice(0, -1)}`, paragraph(r, 6), paragraph(r, 4)].join('\n\n'),
        ),
      );
    }
  }
}

/** Edits one berita of one site, as a member would. */
export function editOneSite(dir: string, siteIndex = 0): string {
  const slug = benchSlug(siteIndex);
  const file = path.join(dir, 'content', slug, 'berita', 'berita-001.md');
  fs.appendFileSync(file, `\nPembaruan: ${new Date().toISOString()}.\n`);
  return slug;
}
