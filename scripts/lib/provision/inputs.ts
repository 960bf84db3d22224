/**
 * Turns what an operator typed (flags, a CSV row, interactive answers) into a validated
 * `site.yaml` object plus the values that fill a blueprint's placeholders. Every rule comes
 * from the zod schemas in `src/schemas/`; this module only tidies input and names the field
 * a problem belongs to.
 */
import { isGroup } from '../../../src/lib/membership.ts';
import { z } from 'zod';
import { formatWilayah, wilayahParts } from '../../../src/lib/wilayah.ts';
import { normalizeWhatsapp } from '../../../src/lib/whatsapp.ts';
import { pengaturanSchema } from '../../../src/schemas/pengaturan.ts';
import { siteSchema, slug as slugSchema, zonaWaktu, type SiteConfig } from '../../../src/schemas/site.ts';
import { ISIAN, isian, type Isian } from './fields.ts';
import { cariProvinsi, cariZona, saranProvinsi } from './provinsi.ts';
import { konteksSkema } from './schema-check.ts';
import type { ValidationIssue } from '../issues.ts';

/** Raw values by field name (`zona-waktu`, `oauth-url` …); empty strings count as not given. */
export type Mentah = Readonly<Record<string, string | undefined>>;


export interface RencanaSitus {
  slug: string;
  /** Parsed and defaulted, as the build will read it. */
  site: SiteConfig;
  /** What is written to `sites/<slug>/site.yaml`. */
  siteYaml: Record<string, unknown>;
  /** Placeholder values for the blueprint, all strings; '' for an optional value not given. */
  nilai: Record<string, string>;
}

export type HasilSiap = { ok: true; rencana: RencanaSitus } | { ok: false; galat: ValidationIssue[] };

const YA = new Set(['ya', 'y', 'true', '1', 'iya']);
const TIDAK = new Set(['tidak', 't', 'false', '0', 'no', 'n']);

/** A slug suggestion from a KIM name: "KIM Bina Sejahtera II" → "kim-bina-sejahtera-ii". */
export function slugDariNama(nama: string): string {
  let s = nama
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (s.length > 63) s = s.slice(0, 63).replace(/-[^-]*$/, '') || s.slice(0, 63);
  return s.replace(/-+$/, '');
}

/**
 * A missing trailing slash is added, and a URL that parses is stored in its normalized form
 * (`new URL(…).href`: lower-case host, punycode, no default port), so two spellings of one
 * address are one address. Anything that does not parse is left to the schema.
 */
function rapikanUrl(url: string, slug: string | undefined): string {
  const v = slug ? url.replaceAll('{slug}', slug) : url;
  try {
    const u = new URL(v);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return v;
    if (!u.search && !u.hash && !u.pathname.endsWith('/')) u.pathname += '/';
    return u.href;
  } catch {
    // Left to the schema, which says what is expected.
  }
  return v;
}

function setDi(obj: Record<string, unknown>, path: readonly string[], nilai: unknown): void {
  let o = obj;
  for (const k of path.slice(0, -1)) o = (o[k] ??= {}) as Record<string, unknown>;
  o[path.at(-1)!] = nilai;
}

/** The field whose path is the longest prefix of a schema issue's path. */
function isianUntuk(tujuan: Isian['tujuan'], path: readonly PropertyKey[]): string {
  let terbaik: Isian | undefined;
  for (const f of ISIAN) {
    if (f.tujuan !== tujuan || f.path.length > path.length) continue;
    if (f.path.every((k, i) => path[i] === k) && (!terbaik || f.path.length > terbaik.path.length)) terbaik = f;
  }
  return terbaik?.nama ?? '';
}

/** Values as given: trimmed, empty → undefined. */
function bersihkan(mentah: Mentah): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(mentah)) {
    const t = v?.trim();
    out[k] = t ? t : undefined;
  }
  return out;
}

/** Validates one member-settings field with its own schema from `pengaturanSchema`. */
function periksaPengaturan(f: Isian, nilai: string): { ok: true; nilai: string } | { ok: false; pesan: string } {
  let s: z.ZodType = pengaturanSchema(konteksSkema);
  for (const k of f.path) s = (s as unknown as z.ZodObject).shape[k] as z.ZodType;
  const r = s.safeParse(nilai);
  return r.success ? { ok: true, nilai: String(r.data) } : { ok: false, pesan: r.error.issues[0]!.message };
}

/** Checks one answer on its own, for the interactive questions. Returns a message or undefined. */
export function periksaSatu(nama: string, nilai: string, jenis?: string): string | undefined {
  const v = nilai.trim();
  const f = isian(nama);
  if (!v) {
    if (f.wajib || (nama === 'desa' && !isGroup({ jenis }))) return 'wajib diisi';
    return undefined;
  }
  if (nama === 'slug') {
    const r = slugSchema().safeParse(v);
    return r.success ? undefined : r.error.issues[0]!.message;
  }
  if (nama === 'provinsi') return cariProvinsi(v) ? undefined : pesanProvinsi(v);
  if (nama === 'zona-waktu') return cariZona(v) ? undefined : pesanZona;
  if (nama === 'url') {
    const r = siteSchema().shape.url.safeParse(rapikanUrl(v, undefined));
    return r.success ? undefined : r.error.issues[0]!.message;
  }
  if (f.tujuan === 'pengaturan') {
    const r = periksaPengaturan(f, v);
    return r.ok ? undefined : r.pesan;
  }
  return undefined;
}

const pesanZona = 'harus WIB, WITA atau WIT (atau Asia/Jakarta, Asia/Makassar, Asia/Jayapura)';

function pesanProvinsi(v: string): string {
  const saran = saranProvinsi(v);
  return `bukan nama provinsi yang dikenal${saran ? `; maksud Anda "${saran}"?` : '; tulis salah satu dari 38 provinsi, contoh: Jawa Barat'}`;
}

function tanggalDi(sekarang: Date, zona: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zona, year: 'numeric', month: '2-digit', day: '2-digit' }).format(sekarang);
}

/**
 * Validates one KIM. `sekarang` dates the welcome news; it is passed in so tests are stable.
 * Uniqueness on disk is the caller's job (see `provision.ts`).
 */
export function siapkanSitus(mentah: Mentah, sekarang: Date = new Date()): HasilSiap {
  const m = bersihkan(mentah);
  const galat: ValidationIssue[] = [];
  const tambah = (isianNama: string, pesan: string) => {
    if (!galat.some((g) => g.field === isianNama)) galat.push({ file: '', field: isianNama, message: pesan });
  };

  for (const k of Object.keys(m)) {
    if (!ISIAN.some((f) => f.nama === k)) tambah(k, 'isian tidak dikenal');
  }

  const slug = m.slug ?? (m.nama ? slugDariNama(m.nama) || undefined : undefined);

  // site.yaml input, built field by field from the table.
  const input: Record<string, unknown> = {};
  for (const f of ISIAN) {
    if (f.tujuan !== 'site') continue;
    let v: unknown = m[f.nama];
    if (f.nama === 'slug') v = slug;
    if (v === undefined) continue;
    if (f.yaTidak) {
      const s = String(v).toLowerCase();
      if (YA.has(s)) v = true;
      else if (TIDAK.has(s)) v = false;
      else {
        tambah(f.nama, 'harus ya atau tidak');
        continue;
      }
    }
    if (f.nama === 'jenis') v = String(v).toLowerCase();
    if (f.nama === 'url') v = rapikanUrl(String(v), slug);
    if (f.nama === 'anggota') v = String(v).split(/[\s,;]+/).filter(Boolean);
    if (f.nama === 'provinsi') {
      const p = cariProvinsi(String(v));
      if (!p) {
        tambah('provinsi', pesanProvinsi(String(v)));
        continue;
      }
      v = p.nama;
      if (!m['zona-waktu']) input.zona_waktu = p.zona;
    }
    if (f.nama === 'zona-waktu') {
      const z = cariZona(String(v));
      if (!z) {
        tambah('zona-waktu', pesanZona);
        continue;
      }
      v = z;
    }
    setDi(input, f.path, v);
  }
  input.wilayah ??= {};
  input.deploy ??= {};
  input.cms ??= {};

  const jenis = typeof input.jenis === 'string' ? input.jenis : undefined;
  if ((jenis === 'desa' || jenis === 'kelurahan') && !m.desa) tambah('desa', `wajib diisi untuk jenis ${jenis}`);
  if (jenis && isGroup({ jenis }) && m.desa) tambah('desa', `kosongkan untuk jenis ${jenis}`);

  const hasil = siteSchema().safeParse(input);
  if (!hasil.success) {
    // A field refused above (e.g. an unknown provinsi) is missing from the input; `tambah`
    // keeps only its first, more precise message.
    for (const i of hasil.error.issues) tambah(isianUntuk('site', i.path), i.message);
  }

  // Member settings given by the operator, each checked by its pengaturan schema.
  const pengaturan: Record<string, string> = {};
  for (const f of ISIAN) {
    if (f.tujuan !== 'pengaturan') continue;
    const v = m[f.nama];
    if (v === undefined) continue;
    const r = periksaPengaturan(f, v);
    if (r.ok) pengaturan[f.nama] = r.nilai;
    else tambah(f.nama, r.pesan);
  }

  if (galat.length > 0 || !hasil.success) {
    const urut = (g: ValidationIssue) => {
      const i = ISIAN.findIndex((f) => f.nama === g.field);
      return i === -1 ? -1 : i;
    };
    return { ok: false, galat: galat.sort((a, b) => urut(a) - urut(b)) };
  }

  const site = hasil.data;
  const bagian = wilayahParts(site);
  const adaDesa = Boolean(site.wilayah.desa);
  const nomor = pengaturan.whatsapp ? normalizeWhatsapp(pengaturan.whatsapp) ?? '' : '';

  const nilai: Record<string, string> = {
    slug: site.slug,
    nama: site.nama,
    jenis: site.jenis,
    desa: site.wilayah.desa ?? '',
    desa_lengkap: adaDesa ? bagian[0]! : '',
    kecamatan: site.wilayah.kecamatan,
    kecamatan_lengkap: bagian[adaDesa ? 1 : 0]!,
    kabupaten: site.wilayah.kabupaten,
    provinsi: site.wilayah.provinsi,
    wilayah: formatWilayah(site),
    url: site.url,
    zona: zonaWaktu[site.zona_waktu],
    whatsapp: nomor,
    whatsapp_lokal: nomor ? `0${nomor.slice(2)}` : '',
    email: pengaturan.email ?? '',
    telepon: pengaturan.telepon ?? '',
    alamat: pengaturan.alamat ?? `Sekretariat ${site.nama}, ${formatWilayah(site)}`,
    tanggal: tanggalDi(sekarang, site.zona_waktu),
    tahun: tanggalDi(sekarang, site.zona_waktu).slice(0, 4),
  };

  // What the operator sees in site.yaml: every setting spelled out, minus what does not apply.
  const siteYaml: Record<string, unknown> = { ...site };
  delete siteYaml.diarsipkan;
  if (!isGroup(site)) delete siteYaml.anggota;
  return { ok: true, rencana: { slug: site.slug, site, siteYaml: urutkan(siteYaml), nilai } };
}

/** site.yaml keys in the schema's order, so every generated file reads the same way. */
function urutkan(obj: Record<string, unknown>): Record<string, unknown> {
  const urutan = Object.keys(siteSchema().shape);
  return Object.fromEntries(Object.entries(obj).sort(([a], [b]) => urutan.indexOf(a) - urutan.indexOf(b)));
}
