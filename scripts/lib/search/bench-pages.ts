/**
 * Synthetic detail pages for the search benchmark: the theme's page shape (header, menu,
 * article marked for the index with its metadata, footer) filled with deterministic
 * Indonesian text, so indexing time and index size behave like real KIM news.
 */
import { FILTER, IMAGE_ATTR, META } from '../../../src/components/search/meta.ts';
import { escapeAttr } from './forum-index.ts';
import { mulberry32 as rng } from '../random.ts';

const WORDS = (
  'warga desa kegiatan gotong royong pembangunan jalan posyandu balita musyawarah pelatihan usaha kecil ' +
  'pertanian panen padi sayur bantuan sosial informasi pemerintah kecamatan kabupaten kelompok masyarakat ' +
  'sosialisasi program kesehatan pendidikan sekolah air bersih irigasi sawah pasar produk olahan pemuda ' +
  'karang taruna ibu rumah tangga kader lingkungan sampah bank pelayanan administrasi kependudukan membangun ' +
  'bersama rapat koordinasi anggaran dana laporan kebun kopi wisata curug sungai jembatan listrik internet ' +
  'perpustakaan koperasi nelayan ternak sapi kambing ayam telur madu keripik batik anyaman bambu pupuk'
).split(' ');
const JENIS = ['Berita', 'Berita', 'Berita', 'Potensi', 'Produk', 'Agenda', 'Informasi Publik', 'Profil'];
const KATEGORI = ['Pemerintahan', 'Pembangunan', 'Kesehatan', 'Pendidikan', 'Ekonomi', 'Pertanian', 'Lingkungan', 'Pengumuman'];
const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

function sentence(r: () => number): string {
  const n = 8 + Math.floor(r() * 12);
  const w = Array.from({ length: n }, () => pick(r, WORDS));
  return `${w[0]![0]!.toUpperCase()}${w[0]!.slice(1)} ${w.slice(1).join(' ')}.`;
}

export interface BenchPage {
  rel: string;
  html: string;
}

/**
 * One synthetic detail page of about 300–400 words. `thumbs` are thumbnail paths to cycle
 * through (a real site's, so the browser fetches real images).
 */
export function benchPage(siteName: string, i: number, seed: number, thumbs: string[] = []): BenchPage {
  const r = rng(seed * 100_003 + i);
  const title = sentence(r).slice(0, 70).replace(/\.$/, '');
  const jenis = pick(r, JENIS);
  const paragraph = Array.from(
    { length: 5 + Math.floor(r() * 3) },
    () => `<p>${Array.from({ length: 3 + Math.floor(r() * 3) }, () => sentence(r)).join(' ')}</p>`,
  ).join('\n');
  const date = `${1 + Math.floor(r() * 28)} ${pick(r, MONTHS)} 2026`;
  const thumb = thumbs.length ? thumbs[i % thumbs.length] : undefined;
  const a = escapeAttr;
  const html = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${title} | ${siteName}</title></head><body>
<header><a href="/">${siteName}</a><form action="/cari/" method="get" role="search"><input name="q"></form>
<nav><ul><li><a href="/">Beranda</a></li><li><a href="/berita/">Berita</a></li><li><a href="/potensi/">Potensi</a></li><li><a href="/produk/">Produk</a></li></ul></nav></header>
<main id="konten"><div class="wadah"><nav class="jejak"><a href="/">Beranda</a> › <a href="/berita/">Berita</a></nav>
<article class="artikel" data-pagefind-body>
<div hidden><span data-pagefind-meta="${META.title}:${a(title)}"></span><span data-pagefind-meta="${META.jenis}:${jenis}" data-pagefind-filter="${FILTER.jenis}:${jenis}"></span><span data-pagefind-meta="${META.tanggal}:${date}"></span><span data-pagefind-filter="${FILTER.kategori}:${pick(r, KATEGORI)}"></span>${thumb ? `<span data-pagefind-meta="${META.image}[${IMAGE_ATTR}]" ${IMAGE_ATTR}="${a(thumb)}"></span>` : ''}</div>
<h1>${title}</h1><p class="meta">${date}</p>
${paragraph}
</article></div></main>
<footer><h2>Kontak</h2><p>Sekretariat ${siteName}, Kantor Desa.</p><p>Dibuat dengan Simpul</p></footer>
</body></html>`;
  return { rel: `berita/uji-${String(i + 1).padStart(4, '0')}/`, html };
}
