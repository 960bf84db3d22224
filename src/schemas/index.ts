/**
 * The content model. One zod schema per content type, each in its own file; this registry
 * is what the Astro collections, the `check` CLI, the Decap CMS config and the blueprints
 * derive from. To add a content type: add its schema file, register it here, add its page.
 */
import type { z } from 'zod';
import type { SchemaContext } from './common.ts';
import { agendaSchema } from './agenda.ts';
import { aspirasiSchema } from './aspirasi.ts';
import { beritaSchema } from './berita.ts';
import { galeriSchema } from './galeri.ts';
import { halamanSchema } from './halaman.ts';
import { informasiPublikSchema } from './informasi-publik.ts';
import { potensiSchema } from './potensi.ts';
import { produkSchema } from './produk.ts';

export type ContentTypeName =
  | 'berita'
  | 'potensi'
  | 'produk'
  | 'agenda'
  | 'galeri'
  | 'informasi-publik'
  | 'aspirasi'
  | 'halaman';

export interface ContentType {
  /** Collection name, folder under `content/<slug>/`, and URL segment. */
  name: ContentTypeName;
  /** Plural label shown to members and visitors. */
  label: string;
  labelSingular: string;
  /** The front-matter field that titles an entry. */
  titleField: string;
  /** The front-matter field entries are sorted by (newest first), if any. */
  dateField?: string;
  /** Whether entries carry a Markdown body, and its label in the CMS. */
  body: string | false;
  schema: (ctx: SchemaContext) => z.ZodType;
}

export const contentTypes: readonly ContentType[] = [
  { name: 'berita', label: 'Berita', labelSingular: 'Berita', titleField: 'judul', dateField: 'tanggal', body: 'Isi berita', schema: beritaSchema },
  { name: 'potensi', label: 'Potensi Desa', labelSingular: 'Potensi', titleField: 'nama', body: 'Uraian', schema: potensiSchema },
  { name: 'produk', label: 'Produk UMKM', labelSingular: 'Produk', titleField: 'nama', body: 'Uraian produk', schema: produkSchema },
  { name: 'agenda', label: 'Agenda', labelSingular: 'Agenda', titleField: 'judul', dateField: 'mulai', body: 'Keterangan', schema: agendaSchema },
  { name: 'galeri', label: 'Galeri', labelSingular: 'Album', titleField: 'judul', dateField: 'tanggal', body: false, schema: galeriSchema },
  { name: 'informasi-publik', label: 'Informasi Publik', labelSingular: 'Dokumen', titleField: 'judul', dateField: 'tanggal', body: 'Keterangan', schema: informasiPublikSchema },
  { name: 'aspirasi', label: 'Aspirasi Warga', labelSingular: 'Aspirasi', titleField: 'topik', dateField: 'diterima', body: false, schema: aspirasiSchema },
  { name: 'halaman', label: 'Halaman Profil', labelSingular: 'Halaman', titleField: 'judul', body: 'Isi halaman', schema: halamanSchema },
];

export function contentType(name: string): ContentType | undefined {
  return contentTypes.find((t) => t.name === name);
}

export { pengaturanSchema } from './pengaturan.ts';
export { siteSchema, type SiteConfig, zonaWaktu, jenisSitus, RESERVED_SLUGS, SLUG_PATTERN } from './site.ts';
export { pathContext, type SchemaContext } from './common.ts';
