/**
 * Turns what an operator typed (flags, a CSV row, interactive answers) into a validated
 * `site.yaml` object plus the values that fill a blueprint's placeholders. Every rule comes
 * from the zod schemas in `src/schemas/`; this module only tidies input and names the field
 * a problem belongs to.
 */
import { isGroup } from '../../../src/lib/membership.ts';
import type { z } from 'zod';
import { formatWilayah, wilayahParts } from '../../../src/lib/wilayah.ts';
import { normalizeWhatsapp } from '../../../src/lib/whatsapp.ts';
import { pengaturanSchema } from '../../../src/schemas/pengaturan.ts';
import { siteSchema, slug as slugSchema, timeZones, type SiteConfig } from '../../../src/schemas/site.ts';
import { FIELDS, field, type Field } from './fields.ts';
import { findProvinsi, findZone, suggestProvinsi } from './provinsi.ts';
import { schemaContext } from './schema-check.ts';
import type { ValidationIssue } from '../issues.ts';

/** Raw values by field name (`zona-waktu`, `oauth-url` …); empty strings count as not given. */
export type RawInput = Readonly<Record<string, string | undefined>>;

export interface SitePlan {
  slug: string;
  /** Parsed and defaulted, as the build will read it. */
  site: SiteConfig;
  /** What is written to `sites/<slug>/site.yaml`. */
  siteYaml: Record<string, unknown>;
  /** Placeholder values for the blueprint, all strings; '' for an optional value not given. */
  values: Record<string, string>;
}

export type PrepareResult = { ok: true; plan: SitePlan } | { ok: false; issues: ValidationIssue[] };

const YES = new Set(['ya', 'y', 'true', '1', 'iya']);
const NO = new Set(['tidak', 't', 'false', '0', 'no', 'n']);

/** A slug suggestion from a KIM name: "KIM Bina Sejahtera II" → "kim-bina-sejahtera-ii". */
export function slugFromName(name: string): string {
  let s = name
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
function tidyUrl(url: string, slug: string | undefined): string {
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

function setAt(obj: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let o = obj;
  for (const k of path.slice(0, -1)) o = (o[k] ??= {}) as Record<string, unknown>;
  o[path.at(-1)!] = value;
}

/** The field whose path is the longest prefix of a schema issue's path. */
function fieldFor(target: Field['target'], path: readonly PropertyKey[]): string {
  let best: Field | undefined;
  for (const f of FIELDS) {
    if (f.target !== target || f.path.length > path.length) continue;
    if (f.path.every((k, i) => path[i] === k) && (!best || f.path.length > best.path.length)) best = f;
  }
  return best?.name ?? '';
}

/** Values as given: trimmed, empty → undefined. */
function tidy(raw: RawInput): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(raw)) {
    const t = v?.trim();
    out[k] = t ? t : undefined;
  }
  return out;
}

/** Validates one member-settings field with its own schema from `pengaturanSchema`. */
function checkPengaturan(f: Field, value: string): { ok: true; value: string } | { ok: false; message: string } {
  let s: z.ZodType = pengaturanSchema(schemaContext);
  for (const k of f.path) s = (s as unknown as z.ZodObject).shape[k] as z.ZodType;
  const r = s.safeParse(value);
  return r.success ? { ok: true, value: String(r.data) } : { ok: false, message: r.error.issues[0]!.message };
}

/** Checks one answer on its own, for the interactive questions. Returns a message or undefined. */
export function checkOne(name: string, value: string, jenis?: string): string | undefined {
  const v = value.trim();
  const f = field(name);
  if (!v) {
    if (f.required || (name === 'desa' && !isGroup({ jenis }))) return 'wajib diisi';
    return undefined;
  }
  if (name === 'slug') {
    const r = slugSchema().safeParse(v);
    return r.success ? undefined : r.error.issues[0]!.message;
  }
  if (name === 'provinsi') return findProvinsi(v) ? undefined : provinsiMessage(v);
  if (name === 'zona-waktu') return findZone(v) ? undefined : zoneMessage;
  if (name === 'url') {
    const r = siteSchema().shape.url.safeParse(tidyUrl(v, undefined));
    return r.success ? undefined : r.error.issues[0]!.message;
  }
  if (f.target === 'pengaturan') {
    const r = checkPengaturan(f, v);
    return r.ok ? undefined : r.message;
  }
  return undefined;
}

const zoneMessage = 'harus WIB, WITA atau WIT (atau Asia/Jakarta, Asia/Makassar, Asia/Jayapura)';

function provinsiMessage(v: string): string {
  const suggestion = suggestProvinsi(v);
  return `bukan nama provinsi yang dikenal${suggestion ? `; maksud Anda "${suggestion}"?` : '; tulis salah satu dari 38 provinsi, contoh: Jawa Barat'}`;
}

function dateIn(now: Date, zone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * Validates one KIM. `sekarang` dates the welcome news; it is passed in so tests are stable.
 * Uniqueness on disk is the caller's job (see `provision.ts`).
 */
export function prepareSite(raw: RawInput, now: Date = new Date()): PrepareResult {
  const m = tidy(raw);
  const issues: ValidationIssue[] = [];
  const add = (fieldName: string, message: string) => {
    if (!issues.some((g) => g.field === fieldName)) issues.push({ file: '', field: fieldName, message });
  };

  for (const k of Object.keys(m)) {
    if (!FIELDS.some((f) => f.name === k)) add(k, 'isian tidak dikenal');
  }

  const slug = m.slug ?? (m.nama ? slugFromName(m.nama) || undefined : undefined);

  // site.yaml input, built field by field from the table.
  const input: Record<string, unknown> = {};
  for (const f of FIELDS) {
    if (f.target !== 'site') continue;
    let v: unknown = m[f.name];
    if (f.name === 'slug') v = slug;
    if (v === undefined) continue;
    if (f.yesNo) {
      const s = String(v).toLowerCase();
      if (YES.has(s)) v = true;
      else if (NO.has(s)) v = false;
      else {
        add(f.name, 'harus ya atau tidak');
        continue;
      }
    }
    if (f.name === 'jenis') v = String(v).toLowerCase();
    if (f.name === 'url') v = tidyUrl(String(v), slug);
    if (f.name === 'anggota')
      v = String(v)
        .split(/[\s,;]+/)
        .filter(Boolean);
    if (f.name === 'provinsi') {
      const p = findProvinsi(String(v));
      if (!p) {
        add('provinsi', provinsiMessage(String(v)));
        continue;
      }
      v = p.name;
      if (!m['zona-waktu']) input.zona_waktu = p.zone;
    }
    if (f.name === 'zona-waktu') {
      const z = findZone(String(v));
      if (!z) {
        add('zona-waktu', zoneMessage);
        continue;
      }
      v = z;
    }
    setAt(input, f.path, v);
  }
  input.wilayah ??= {};
  input.deploy ??= {};
  input.cms ??= {};

  const jenis = typeof input.jenis === 'string' ? input.jenis : undefined;
  if ((jenis === 'desa' || jenis === 'kelurahan') && !m.desa) add('desa', `wajib diisi untuk jenis ${jenis}`);
  if (jenis && isGroup({ jenis }) && m.desa) add('desa', `kosongkan untuk jenis ${jenis}`);

  const result = siteSchema().safeParse(input);
  if (!result.success) {
    // A field refused above (e.g. an unknown provinsi) is missing from the input; `tambah`
    // keeps only its first, more precise message.
    for (const i of result.error.issues) add(fieldFor('site', i.path), i.message);
  }

  // Member settings given by the operator, each checked by its pengaturan schema.
  const pengaturan: Record<string, string> = {};
  for (const f of FIELDS) {
    if (f.target !== 'pengaturan') continue;
    const v = m[f.name];
    if (v === undefined) continue;
    const r = checkPengaturan(f, v);
    if (r.ok) pengaturan[f.name] = r.value;
    else add(f.name, r.message);
  }

  if (issues.length > 0 || !result.success) {
    const sorted = (g: ValidationIssue) => {
      const i = FIELDS.findIndex((f) => f.name === g.field);
      return i === -1 ? -1 : i;
    };
    return { ok: false, issues: issues.sort((a, b) => sorted(a) - sorted(b)) };
  }

  const site = result.data;
  const parts = wilayahParts(site);
  const hasDesa = Boolean(site.wilayah.desa);
  const number = pengaturan.whatsapp ? (normalizeWhatsapp(pengaturan.whatsapp) ?? '') : '';

  const values: Record<string, string> = {
    slug: site.slug,
    nama: site.nama,
    jenis: site.jenis,
    desa: site.wilayah.desa ?? '',
    desa_lengkap: hasDesa ? parts[0]! : '',
    kecamatan: site.wilayah.kecamatan,
    kecamatan_lengkap: parts[hasDesa ? 1 : 0]!,
    kabupaten: site.wilayah.kabupaten,
    provinsi: site.wilayah.provinsi,
    wilayah: formatWilayah(site),
    url: site.url,
    zona: timeZones[site.zona_waktu],
    whatsapp: number,
    whatsapp_lokal: number ? `0${number.slice(2)}` : '',
    email: pengaturan.email ?? '',
    telepon: pengaturan.telepon ?? '',
    alamat: pengaturan.alamat ?? `Sekretariat ${site.nama}, ${formatWilayah(site)}`,
    tanggal: dateIn(now, site.zona_waktu),
    tahun: dateIn(now, site.zona_waktu).slice(0, 4),
  };

  // What the operator sees in site.yaml: every setting spelled out, minus what does not apply.
  const siteYaml: Record<string, unknown> = { ...site };
  delete siteYaml.diarsipkan;
  if (!isGroup(site)) delete siteYaml.anggota;
  return { ok: true, plan: { slug: site.slug, site, siteYaml: sortKeys(siteYaml), values } };
}

/** site.yaml keys in the schema's order, so every generated file reads the same way. */
function sortKeys(obj: Record<string, unknown>): Record<string, unknown> {
  const order = Object.keys(siteSchema().shape);
  return Object.fromEntries(Object.entries(obj).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)));
}
