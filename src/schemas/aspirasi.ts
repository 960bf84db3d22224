import { z } from 'zod';
import { choice, calendarDate, text, longText } from './common.ts';

export const statusAspirasi = {
  diterima: 'Diterima',
  diteruskan: 'Diteruskan',
  ditindaklanjuti: 'Ditindaklanjuti',
  selesai: 'Selesai',
} as const;

/**
 * The public register of residents' aspirations. It deliberately has no field for the
 * sender's name or contact: no personal data is published.
 */
export const aspirasiSchema = () =>
  z.object({
    topik: text('Topik', { max: 150 }),
    ringkasan: longText('Ringkasan aspirasi', {
      max: 600,
      description: 'Tulis isi aspirasi tanpa nama, alamat atau nomor telepon pengirim.',
    }),
    diterima: calendarDate('Tanggal diterima'),
    status: choice('Status', statusAspirasi),
    diteruskan_ke: text('Diteruskan ke', { max: 150, contoh: 'Dinas PUPR Kabupaten' }).optional(),
    tanggapan: longText('Tanggapan', { max: 600 }).optional(),
  });
