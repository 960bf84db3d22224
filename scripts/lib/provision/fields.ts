/**
 * The fields an operator gives for a new KIM. One table drives the command-line flags
 * (`--nama`), the CSV columns (`nama`), the interactive questions and the operator guide,
 * so the four never disagree. The rules themselves live in the zod schemas.
 */

export interface Field {
  /** Flag name without `--`, and CSV column name. */
  nama: string;
  /** Question and label, in Indonesian. */
  label: string;
  /** One-line hint for --help and the guide. */
  keterangan: string;
  contoh?: string;
  /** Where the value goes: `site.yaml` or the member's `pengaturan.yaml`. */
  tujuan: 'site' | 'pengaturan';
  /** Path inside that file. */
  path: readonly string[];
  /** Other column headers accepted in a CSV. */
  alias?: readonly string[];
  /** Must have a value for every KIM (checked on the CSV header too). */
  wajib?: boolean;
  /** True for a yes/no value (`ya`/`tidak`). */
  yaTidak?: boolean;
}

export const FIELDS: readonly Field[] = [
  {
    nama: 'slug',
    label: 'Slug (nama folder dan alamat)',
    keterangan: '3–63 huruf kecil a–z, angka dan tanda -. Boleh kosong: dibuat dari nama KIM.',
    contoh: 'kim-ngudi-rahayu',
    tujuan: 'site',
    path: ['slug'],
  },
  { nama: 'nama', label: 'Nama KIM', keterangan: 'Ditulis persis seperti ini di situs.', contoh: 'KIM Ngudi Rahayu', tujuan: 'site', path: ['nama'], wajib: true },
  {
    nama: 'jenis',
    label: 'Jenis',
    keterangan: 'desa, kelurahan, forum-kecamatan atau portal-kabupaten.',
    contoh: 'desa',
    tujuan: 'site',
    path: ['jenis'],
    wajib: true,
  },
  {
    nama: 'desa',
    label: 'Nama desa/kelurahan',
    keterangan: 'Wajib untuk jenis desa dan kelurahan.',
    contoh: 'Sukamaju',
    tujuan: 'site',
    path: ['wilayah', 'desa'],
    alias: ['kelurahan', 'desa-kelurahan', 'desa/kelurahan'],
  },
  { nama: 'kecamatan', label: 'Kecamatan', keterangan: 'Nama kecamatan.', contoh: 'Cibungbulang', tujuan: 'site', path: ['wilayah', 'kecamatan'], wajib: true },
  {
    nama: 'kabupaten',
    label: 'Kabupaten/kota',
    keterangan: 'Nama kabupaten atau kota.',
    contoh: 'Kabupaten Bogor',
    tujuan: 'site',
    path: ['wilayah', 'kabupaten'],
    alias: ['kota', 'kabupaten-kota', 'kabupaten/kota'],
    wajib: true,
  },
  {
    nama: 'provinsi',
    label: 'Provinsi',
    keterangan: 'Salah satu dari 38 provinsi; zona waktu diambil dari sini.',
    contoh: 'Jawa Barat',
    tujuan: 'site',
    path: ['wilayah', 'provinsi'],
    wajib: true,
  },
  {
    nama: 'kode',
    label: 'Kode wilayah Kemendagri',
    keterangan: 'Boleh kosong.',
    contoh: '32.01.05.2001',
    tujuan: 'site',
    path: ['wilayah', 'kode'],
    alias: ['kode-wilayah'],
  },
  {
    nama: 'url',
    label: 'Alamat situs',
    keterangan: 'Alamat lengkap, diakhiri /. Tulis {slug} untuk diganti slug.',
    contoh: 'https://kim-bogor.github.io/{slug}/',
    tujuan: 'site',
    path: ['url'],
    alias: ['alamat-situs'],
    wajib: true,
  },
  {
    nama: 'zona-waktu',
    label: 'Zona waktu',
    keterangan: 'WIB, WITA atau WIT. Boleh kosong: diambil dari provinsi.',
    contoh: 'WIB',
    tujuan: 'site',
    path: ['zona_waktu'],
    alias: ['zona'],
  },
  {
    nama: 'anggota',
    label: 'KIM anggota forum',
    keterangan: 'Khusus forum-kecamatan dan portal-kabupaten: slug KIM anggota, dipisah koma. Kosongkan agar anggotanya semua KIM di kecamatan (forum) atau kabupaten (portal) itu.',
    contoh: 'kim-sukamaju,kim-cibatok',
    tujuan: 'site',
    path: ['anggota'],
  },
  {
    nama: 'deploy',
    label: 'Tempat terbit',
    keterangan: 'nginx (bawaan), github-pages atau cloudflare-pages.',
    contoh: 'github-pages',
    tujuan: 'site',
    path: ['deploy', 'target'],
  },
  { nama: 'proyek', label: 'Nama proyek hosting', keterangan: 'Misalnya nama proyek Cloudflare Pages. Boleh kosong.', tujuan: 'site', path: ['deploy', 'proyek'] },
  { nama: 'cms', label: 'Cara anggota menyunting (backend CMS)', keterangan: 'local (bawaan), github atau gitlab.', contoh: 'github', tujuan: 'site', path: ['cms', 'backend'] },
  { nama: 'repo', label: 'Repositori Git', keterangan: 'pemilik/nama-repo; wajib untuk cms github/gitlab.', contoh: 'diskominfo-bogor/simpul', tujuan: 'site', path: ['cms', 'repo'] },
  { nama: 'branch', label: 'Branch Git', keterangan: 'Bawaan: main.', tujuan: 'site', path: ['cms', 'branch'] },
  {
    nama: 'oauth-url',
    label: 'Alamat proxy OAuth',
    keterangan: 'Wajib untuk cms github.',
    contoh: 'https://oauth.bogorkab.go.id/',
    tujuan: 'site',
    path: ['cms', 'base_url'],
    alias: ['base-url'],
  },
  { nama: 'app-id', label: 'ID aplikasi OAuth GitLab', keterangan: 'Wajib untuk cms gitlab.', tujuan: 'site', path: ['cms', 'app_id'] },
  {
    nama: 'editorial',
    label: 'Alur suntingan lewat persetujuan',
    keterangan: 'ya/tidak: perubahan anggota menunggu persetujuan (pull request).',
    contoh: 'ya',
    tujuan: 'site',
    path: ['cms', 'editorial_workflow'],
    yaTidak: true,
  },
  {
    nama: 'whatsapp',
    label: 'Nomor WhatsApp sekretariat',
    keterangan: 'Boleh kosong. Ditulis bebas, disimpan dalam bentuk 62….',
    contoh: '0812 3456 7890',
    tujuan: 'pengaturan',
    path: ['kontak', 'whatsapp'],
    alias: ['wa', 'no-wa', 'nomor-whatsapp'],
  },
  { nama: 'email', label: 'Email', keterangan: 'Boleh kosong.', contoh: 'kim-sukamaju@bogorkab.go.id', tujuan: 'pengaturan', path: ['kontak', 'email'], alias: ['surel'] },
  { nama: 'telepon', label: 'Telepon', keterangan: 'Boleh kosong.', tujuan: 'pengaturan', path: ['kontak', 'telepon'], alias: ['telp'] },
  {
    nama: 'alamat',
    label: 'Alamat sekretariat',
    keterangan: 'Boleh kosong: diisi "Sekretariat <nama KIM>, <wilayah>".',
    contoh: 'Balai Desa Sukamaju, Jl. Raya Cibungbulang No. 5',
    tujuan: 'pengaturan',
    path: ['kontak', 'alamat'],
  },
];

/** Lower case, spaces and underscores as `-`, so "Zona Waktu" and "zona_waktu" both match. */
export function columnKey(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_]+/g, '-');
}

const BY_COLUMN = new Map<string, Field>();
for (const i of FIELDS) for (const n of [i.nama, ...(i.alias ?? [])]) BY_COLUMN.set(columnKey(n), i);

/** The field a CSV column header names, if any. */
export function fieldForColumn(header: string): Field | undefined {
  return BY_COLUMN.get(columnKey(header));
}

export function field(name: string): Field {
  const i = FIELDS.find((f) => f.nama === name);
  if (!i) throw new Error(`unknown field ${name}`);
  return i;
}
