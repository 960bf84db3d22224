/**
 * Realistic visitor queries over the demo fleet (content/*), each with the page it must find
 * in the top five. Written from what a villager would type, not from the index: morphology
 * the page does not spell out, several words, product names, and misspellings.
 */

export type QueryKind = 'jenis' | 'meN' | 'peN' | 'di' | 'ter' | 'ber' | 'ke-an' | 'kan' | 'i' | 'frasa' | 'produk' | 'salah-eja' | 'forum';

export interface RecallQuery {
  /** The site whose `cari/` the visitor uses. */
  site: string;
  q: string;
  /** The page that must be in the top five: a path below the site's base, or an absolute URL (forum members). */
  expect: string;
  kinds: QueryKind[];
  /** For a misspelling: the suggestion the page must offer, which the visitor then taps. */
  saran?: string;
}

const R = 'kim-ngudi-rahayu';
const A = 'kim-argosari';
const M = 'kim-mekar-sari';
const P = 'kim-ranupani';
const T = 'kim-tablanusu';
const F = 'forum-kim-senduro';
const RANUPANI = 'https://kim-lumajang.github.io/kim-ranupani/';
const ARGOSARI = 'https://kim-lumajang.github.io/kim-argosari/';

export const QUERIES: RecallQuery[] = [
  // Every content type.
  { site: R, q: 'jalan berlubang', expect: 'aspirasi/', kinds: ['jenis', 'ber', 'frasa'] },
  { site: T, q: 'lomba perahu dayung', expect: 'galeri/hut-ri-81-lomba-perahu/', kinds: ['jenis', 'frasa'] },
  { site: T, q: 'lomba perahu dayung', expect: 'agenda/lomba-perahu-hut-ri/', kinds: ['jenis', 'frasa'] },
  { site: A, q: 'fajar puncak b29', expect: 'galeri/fajar-di-b29/', kinds: ['jenis', 'frasa'] },
  { site: M, q: 'maulid masjid nurul iman', expect: 'galeri/maulid-2026/', kinds: ['jenis', 'frasa'] },
  { site: M, q: 'lampu lorong mati', expect: 'aspirasi/', kinds: ['jenis', 'frasa'] },
  { site: P, q: 'sinyal telepon lemah', expect: 'aspirasi/', kinds: ['jenis', 'frasa'] },
  { site: A, q: 'pupuk bersubsidi terlambat', expect: 'aspirasi/', kinds: ['jenis', 'ber', 'ter'] },
  { site: R, q: 'musyawarah desa evaluasi', expect: 'agenda/musdes-evaluasi-2026/', kinds: ['jenis', 'frasa'] },
  { site: M, q: 'standar pelayanan kelurahan', expect: 'informasi-publik/standar-pelayanan/', kinds: ['jenis', 'peN', 'frasa'] },
  { site: R, q: 'sejarah singkat', expect: 'sejarah/', kinds: ['jenis', 'frasa'] },
  { site: T, q: 'gelombang tinggi', expect: 'informasi-publik/peringatan-gelombang-tinggi/', kinds: ['jenis', 'frasa'] },
  { site: P, q: 'talud penahan longsor', expect: 'berita/talud-jalan-ranu-regulo-rampung/', kinds: ['jenis', 'peN', 'frasa'] },
  { site: A, q: 'pisang agung', expect: 'potensi/olahan-pisang-agung/', kinds: ['jenis', 'frasa'] },
  { site: F, q: 'program kerja forum', expect: 'informasi-publik/program-kerja-forum-2026/', kinds: ['jenis', 'frasa'] },
  { site: F, q: 'pendampingan kim desa baru', expect: 'aspirasi/', kinds: ['jenis', 'peN', 'frasa'] },

  // meN- with nasal assimilation, peN-, di-, ter-, ber-, ke-…-an, -kan, -i.
  { site: R, q: 'menanam talas', expect: 'potensi/talas-bogor-cibatok/', kinds: ['meN'] },
  { site: A, q: 'menanam cemara', expect: 'berita/tanam-pohon-cegah-longsor/', kinds: ['meN'] },
  { site: T, q: 'menanam sagu', expect: 'berita/tanam-anakan-sagu/', kinds: ['meN'] },
  { site: R, q: 'dikemas', expect: 'berita/pelatihan-kemasan-umkm/', kinds: ['di'] },
  { site: R, q: 'kemasan beras', expect: 'produk/beras-sri-mukti/', kinds: ['ke-an', 'produk'] },
  { site: R, q: 'mengemas produk', expect: 'berita/pelatihan-kemasan-umkm/', kinds: ['meN'] },
  { site: A, q: 'olah kentang', expect: 'agenda/sekolah-lapang-pascapanen/', kinds: ['frasa'] },
  { site: A, q: 'diolah pisang', expect: 'potensi/olahan-pisang-agung/', kinds: ['di'] },
  { site: A, q: 'mengolah pisang', expect: 'potensi/olahan-pisang-agung/', kinds: ['meN'] },
  { site: A, q: 'pengolahan pisang', expect: 'potensi/olahan-pisang-agung/', kinds: ['peN'] },
  { site: T, q: 'pengolahan ikan asar', expect: 'potensi/ikan-asar-nelayan/', kinds: ['peN'] },
  { site: R, q: 'penanaman padi', expect: 'berita/panen-raya-sri-mukti/', kinds: ['peN'] },
  { site: M, q: 'pemeriksaan jentik', expect: 'berita/jumantik-psn-dbd/', kinds: ['peN', 'ke-an'] },
  { site: M, q: 'memeriksa kabar', expect: 'berita/kim-cek-fakta-remaja/', kinds: ['meN'] },
  { site: P, q: 'pendaki semeru', expect: 'berita/pendakian-semeru-ditutup-musim-hujan/', kinds: ['peN'] },
  { site: P, q: 'penutupan jalur pendakian', expect: 'informasi-publik/peringatan-cuaca-ekstrem-jalur-pendakian/', kinds: ['peN', 'ke-an'] },
  { site: A, q: 'memotret produk ponsel', expect: 'berita/kim-pelatihan-foto-produk/', kinds: ['meN'] },
  { site: T, q: 'memotret noken', expect: 'berita/noken-mama-jualan-daring/', kinds: ['meN'] },
  { site: M, q: 'penyaluran beras', expect: 'berita/penyaluran-bantuan-pangan/', kinds: ['peN'] },
  { site: R, q: 'disalurkan blt', expect: 'berita/penyaluran-blt-dana-desa/', kinds: ['di', 'kan'] },
  { site: R, q: 'membersihkan irigasi', expect: 'berita/kerja-bakti-saluran-irigasi/', kinds: ['meN', 'kan'] },
  { site: T, q: 'membersihkan pantai', expect: 'galeri/kerja-bakti-pantai/', kinds: ['meN', 'kan'] },
  { site: P, q: 'bersihkan danau', expect: 'berita/sedimentasi-ranu-pani-kerja-bakti/', kinds: ['kan'] },
  { site: A, q: 'kebersihan toilet', expect: 'aspirasi/', kinds: ['ke-an'] },
  { site: P, q: 'kebersihan kawasan wisata', expect: 'informasi-publik/peraturan-desa-pengelolaan-parkir/', kinds: ['ke-an'] },
  { site: A, q: 'ketinggian b29', expect: 'potensi/puncak-b29/', kinds: ['ke-an'] },
  { site: R, q: 'tertanam', expect: 'potensi/talas-bogor-cibatok/', kinds: ['ter'] },
  { site: M, q: 'tersumbat', expect: 'aspirasi/', kinds: ['ter'] },
  { site: P, q: 'berlatih menangani hipotermia', expect: 'berita/porter-ikuti-pemeriksaan-kesehatan/', kinds: ['ber', 'meN'] },
  { site: A, q: 'berkunjung hari raya karo', expect: 'berita/hari-raya-karo/', kinds: ['ber', 'frasa'] },
  { site: T, q: 'berjualan noken', expect: 'berita/noken-mama-jualan-daring/', kinds: ['ber'] },
  { site: R, q: 'memasarkan ikan hias', expect: 'potensi/kampung-ikan-hias/', kinds: ['meN', 'kan'] },
  { site: M, q: 'mewarnai telur maulid', expect: 'berita/maudu-kanre-maulid/', kinds: ['meN', 'i'] },
  { site: P, q: 'menyambut tamu homestay', expect: 'berita/pelatihan-pengelola-homestay/', kinds: ['meN'] },

  // Product names.
  { site: M, q: 'sarabba instan', expect: 'produk/sarabba-instan/', kinds: ['produk'] },
  { site: R, q: 'keripik talas balado', expect: 'produk/keripik-talas-balado/', kinds: ['produk'] },
  { site: A, q: 'kentang granola', expect: 'produk/kentang-granola/', kinds: ['produk'] },
  { site: P, q: 'kupluk rajut', expect: 'produk/kupluk-rajut-tengger/', kinds: ['produk'] },
  { site: T, q: 'sagu lempeng', expect: 'produk/sagu-lempeng/', kinds: ['produk'] },
  { site: M, q: 'abon ikan tuna', expect: 'produk/abon-ikan-tuna/', kinds: ['produk'] },

  // Misspellings: the page offers the right word, and one tap finds the page.
  { site: M, q: 'saraba', saran: 'sarabba', expect: 'produk/sarabba-instan/', kinds: ['salah-eja'] },
  { site: R, q: 'kripik talas', saran: 'keripik talas', expect: 'produk/keripik-talas-balado/', kinds: ['salah-eja'] },
  { site: T, q: 'snorkling', saran: 'snorkeling', expect: 'produk/sewa-perahu-snorkeling/', kinds: ['salah-eja'] },
  { site: R, q: 'posiandu', saran: 'posyandu', expect: 'berita/posyandu-melati-pmt/', kinds: ['salah-eja'] },
  { site: M, q: 'barongkoh', saran: 'barongko', expect: 'produk/barongko/', kinds: ['salah-eja'] },
  { site: T, q: 'nokem', saran: 'noken', expect: 'produk/noken-benang-sedang/', kinds: ['salah-eja'] },
  { site: A, q: 'kentan granola', saran: 'kentang granola', expect: 'produk/kentang-granola/', kinds: ['salah-eja'] },
  { site: P, q: 'hipotermi', saran: 'hipotermia', expect: 'berita/porter-ikuti-pemeriksaan-kesehatan/', kinds: ['salah-eja'] },
  { site: M, q: 'jumantk', saran: 'jumantik', expect: 'berita/jumantik-psn-dbd/', kinds: ['salah-eja'] },
  { site: R, q: 'cupang halfmon', saran: 'cupang halfmoon', expect: 'produk/cupang-halfmoon/', kinds: ['salah-eja'] },

  // The forum's search spans its members.
  { site: F, q: 'sedimentasi ranu pani', expect: `${RANUPANI}berita/sedimentasi-ranu-pani-kerja-bakti/`, kinds: ['forum', 'frasa'] },
  { site: F, q: 'keripik pisang agung', expect: `${ARGOSARI}produk/keripik-pisang-agung/`, kinds: ['forum', 'produk'] },
  { site: F, q: 'pengolahan kentang', expect: `${ARGOSARI}agenda/sekolah-lapang-pascapanen/`, kinds: ['forum', 'peN'] },
  { site: F, q: 'jasa porter', expect: `${RANUPANI}produk/jasa-porter-pendakian/`, kinds: ['forum', 'produk'] },
];
