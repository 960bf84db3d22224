import { z } from 'zod';
import { text, longText } from './common.ts';

/** Profile pages: profil, sejarah, visi-misi, pengurus, kontak. */
export const halamanSchema = () =>
  z.object({
    judul: text('Judul halaman', { max: 120 }),
    ringkasan: longText('Ringkasan', { max: 300 }).optional(),
    urutan: z
      .number({ error: 'harus angka' })
      .int('harus bilangan bulat')
      .default(10)
      .meta({ title: 'Urutan di menu', description: 'Angka kecil tampil lebih dulu.', widget: 'number' }),
    pengurus: z
      .array(z.object({ nama: text('Nama', { max: 100 }), jabatan: text('Jabatan', { max: 100 }) }).meta({ title: 'Pengurus', widget: 'object' }))
      .optional()
      .meta({ title: 'Susunan pengurus', widget: 'list' }),
  });
