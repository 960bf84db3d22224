import { z } from 'zod';
import { choice, calendarDate, text, longText, type SchemaContext } from './common.ts';

/** The three categories of public information under UU 14/2008. */
export const kategoriInformasi = {
  berkala: 'Informasi berkala',
  'serta-merta': 'Informasi serta-merta',
  'setiap-saat': 'Informasi tersedia setiap saat',
} as const;

/** Public documents (PDF), grouped by the categories of UU 14/2008. */
export const informasiPublikSchema = (ctx: SchemaContext) =>
  z.object({
    judul: text('Judul dokumen', { max: 200 }),
    kategori: choice('Kategori', kategoriInformasi, 'Menurut UU 14/2008 tentang Keterbukaan Informasi Publik.'),
    tanggal: calendarDate('Tanggal dokumen'),
    ringkasan: longText('Ringkasan', { max: 300 }),
    berkas: ctx.file().meta({ title: 'Berkas PDF', widget: 'file' }),
  });
