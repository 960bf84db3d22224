import { z } from 'zod';
import { photo, choice, text, longText, whatsapp, type SchemaContext } from './common.ts';

export const kategoriPotensi = {
  wisata: 'Wisata',
  pertanian: 'Pertanian',
  perikanan: 'Perikanan',
  kerajinan: 'Kerajinan',
  kuliner: 'Kuliner',
  budaya: 'Budaya',
  lainnya: 'Lainnya',
} as const;

const coordinate = (title: string, min: number, max: number) =>
  z
    .number({ error: `harus angka antara ${min} dan ${max}` })
    .min(min, `harus antara ${min} dan ${max}`)
    .max(max, `harus antara ${min} dan ${max}`)
    .meta({ title });

/** What the village has to offer: tourism, farming, fisheries, crafts, food, culture. */
export const potensiSchema = (ctx: SchemaContext) =>
  z.object({
    nama: text('Nama potensi', { max: 120 }),
    kategori: choice('Kategori', kategoriPotensi),
    ringkasan: longText('Ringkasan', { max: 300 }),
    gambar: z.array(photo(ctx)).min(1, 'minimal satu foto').meta({ title: 'Foto', widget: 'list' }),
    lokasi: z
      .object({
        alamat: text('Alamat atau petunjuk lokasi', { max: 200 }),
        lat: coordinate('Lintang (latitude)', -11, 6.5).optional(),
        lng: coordinate('Bujur (longitude)', 94, 142).optional(),
      })
      .meta({ title: 'Lokasi', widget: 'object' }),
    kontak: z
      .object({
        nama: text('Nama narahubung', { max: 80 }).optional(),
        whatsapp: whatsapp('WhatsApp narahubung').optional(),
      })
      .optional()
      .meta({ title: 'Kontak', widget: 'object' }),
    unggulan: z.boolean().default(false).meta({ title: 'Tampilkan di beranda', widget: 'boolean' }),
  });
