/**
 * The fields an operator gives for a new KIM. One table drives the command-line flags
 * (`--nama`), the CSV columns (`nama`), the interactive questions and the operator guide,
 * so the four never disagree. The rules themselves live in the zod schemas.
 */

export interface Field {
  /** Flag name without `--`, and CSV column name. */
  name: string;
  /** Question and label, in Indonesian. */
  label: string;
  /** One-line hint for --help and the guide. */
  hint: string;
  example?: string;
  /** Where the value goes: `site.yaml` or the member's `pengaturan.yaml`. */
  target: 'site' | 'pengaturan';
  /** Path inside that file. */
  path: readonly string[];
  /** Other column headers accepted in a CSV. */
  alias?: readonly string[];
  /** Must have a value for every KIM (checked on the CSV header too). */
  required?: boolean;
  /** True for a yes/no value (`ya`/`tidak`). */
  yesNo?: boolean;
}

export const FIELDS: readonly Field[] = [
  {
    name: 'slug',
    label: 'Slug (nama folder dan alamat)',
    hint: '3–63 huruf kecil a–z, angka dan tanda -. Boleh kosong: dibuat dari nama KIM.',
    example: 'kim-ngudi-rahayu',
    target: 'site',
    path: ['slug'],
  },
  {
    name: 'nama',
    label: 'Nama KIM',
    hint: 'Ditulis persis seperti ini di situs.',
    example: 'KIM Ngudi Rahayu',
    target: 'site',
    path: ['nama'],
    required: true,
  },
  {
    name: 'jenis',
    label: 'Jenis',
    hint: 'desa, kelurahan, forum-kecamatan atau portal-kabupaten.',
    example: 'desa',
    target: 'site',
    path: ['jenis'],
    required: true,
  },
  {
    name: 'desa',
    label: 'Nama desa/kelurahan',
    hint: 'Wajib untuk jenis desa dan kelurahan.',
    example: 'Sukamaju',
    target: 'site',
    path: ['wilayah', 'desa'],
    alias: ['kelurahan', 'desa-kelurahan', 'desa/kelurahan'],
  },
  { name: 'kecamatan', label: 'Kecamatan', hint: 'Nama kecamatan.', example: 'Cibungbulang', target: 'site', path: ['wilayah', 'kecamatan'], required: true },
  {
    name: 'kabupaten',
    label: 'Kabupaten/kota',
    hint: 'Nama kabupaten atau kota.',
    example: 'Kabupaten Bogor',
    target: 'site',
    path: ['wilayah', 'kabupaten'],
    alias: ['kota', 'kabupaten-kota', 'kabupaten/kota'],
    required: true,
  },
  {
    name: 'provinsi',
    label: 'Provinsi',
    hint: 'Salah satu dari 38 provinsi; zona waktu diambil dari sini.',
    example: 'Jawa Barat',
    target: 'site',
    path: ['wilayah', 'provinsi'],
    required: true,
  },
  {
    name: 'kode',
    label: 'Kode wilayah Kemendagri',
    hint: 'Boleh kosong.',
    example: '32.01.05.2001',
    target: 'site',
    path: ['wilayah', 'kode'],
    alias: ['kode-wilayah'],
  },
  {
    name: 'url',
    label: 'Alamat situs',
    hint: 'Alamat lengkap, diakhiri /. Tulis {slug} untuk diganti slug.',
    example: 'https://kim-bogor.github.io/{slug}/',
    target: 'site',
    path: ['url'],
    alias: ['alamat-situs'],
    required: true,
  },
  {
    name: 'zona-waktu',
    label: 'Zona waktu',
    hint: 'WIB, WITA atau WIT. Boleh kosong: diambil dari provinsi.',
    example: 'WIB',
    target: 'site',
    path: ['zona_waktu'],
    alias: ['zona'],
  },
  {
    name: 'anggota',
    label: 'KIM anggota forum',
    hint: 'Khusus forum-kecamatan dan portal-kabupaten: slug KIM anggota, dipisah koma. Kosongkan agar anggotanya semua KIM di kecamatan (forum) atau kabupaten (portal) itu.',
    example: 'kim-sukamaju,kim-cibatok',
    target: 'site',
    path: ['anggota'],
  },
  {
    name: 'deploy',
    label: 'Tempat terbit',
    hint: 'nginx (bawaan), github-pages atau cloudflare-pages.',
    example: 'github-pages',
    target: 'site',
    path: ['deploy', 'target'],
  },
  { name: 'proyek', label: 'Nama proyek hosting', hint: 'Misalnya nama proyek Cloudflare Pages. Boleh kosong.', target: 'site', path: ['deploy', 'proyek'] },
  {
    name: 'cms',
    label: 'Cara anggota menyunting (backend CMS)',
    hint: 'local (bawaan), github atau gitlab.',
    example: 'github',
    target: 'site',
    path: ['cms', 'backend'],
  },
  {
    name: 'repo',
    label: 'Repositori Git',
    hint: 'pemilik/nama-repo; wajib untuk cms github/gitlab.',
    example: 'diskominfo-bogor/simpul',
    target: 'site',
    path: ['cms', 'repo'],
  },
  { name: 'branch', label: 'Branch Git', hint: 'Bawaan: main.', target: 'site', path: ['cms', 'branch'] },
  {
    name: 'oauth-url',
    label: 'Alamat proxy OAuth',
    hint: 'Wajib untuk cms github.',
    example: 'https://oauth.bogorkab.go.id/',
    target: 'site',
    path: ['cms', 'base_url'],
    alias: ['base-url'],
  },
  { name: 'app-id', label: 'ID aplikasi OAuth GitLab', hint: 'Wajib untuk cms gitlab.', target: 'site', path: ['cms', 'app_id'] },
  {
    name: 'editorial',
    label: 'Alur suntingan lewat persetujuan',
    hint: 'ya/tidak: perubahan anggota menunggu persetujuan (pull request).',
    example: 'ya',
    target: 'site',
    path: ['cms', 'editorial_workflow'],
    yesNo: true,
  },
  {
    name: 'whatsapp',
    label: 'Nomor WhatsApp sekretariat',
    hint: 'Boleh kosong. Ditulis bebas, disimpan dalam bentuk 62….',
    example: '0812 3456 7890',
    target: 'pengaturan',
    path: ['kontak', 'whatsapp'],
    alias: ['wa', 'no-wa', 'nomor-whatsapp'],
  },
  {
    name: 'email',
    label: 'Email',
    hint: 'Boleh kosong.',
    example: 'kim-sukamaju@bogorkab.go.id',
    target: 'pengaturan',
    path: ['kontak', 'email'],
    alias: ['surel'],
  },
  { name: 'telepon', label: 'Telepon', hint: 'Boleh kosong.', target: 'pengaturan', path: ['kontak', 'telepon'], alias: ['telp'] },
  {
    name: 'alamat',
    label: 'Alamat sekretariat',
    hint: 'Boleh kosong: diisi "Sekretariat <nama KIM>, <wilayah>".',
    example: 'Balai Desa Sukamaju, Jl. Raya Cibungbulang No. 5',
    target: 'pengaturan',
    path: ['kontak', 'alamat'],
  },
];

/** Lower case, spaces and underscores as `-`, so "Zona Waktu" and "zona_waktu" both match. */
export function columnKey(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

const BY_COLUMN = new Map<string, Field>();
for (const i of FIELDS) for (const n of [i.name, ...(i.alias ?? [])]) BY_COLUMN.set(columnKey(n), i);

/** The field a CSV column header names, if any. */
export function fieldForColumn(header: string): Field | undefined {
  return BY_COLUMN.get(columnKey(header));
}

export function field(name: string): Field {
  const i = FIELDS.find((f) => f.name === name);
  if (!i) throw new Error(`unknown field ${name}`);
  return i;
}
