import { z } from 'zod';
import { text, longText, localDateTime } from './common.ts';

/** Events. Times are wall-clock times in the site's own time zone. */
export const agendaSchema = () =>
  z
    .object({
      judul: text('Nama kegiatan', { min: 5, max: 150 }),
      mulai: localDateTime('Mulai', 'Tanggal dan jam mulai, menurut waktu setempat.'),
      selesai: localDateTime('Selesai', 'Boleh dikosongkan.').optional(),
      lokasi: text('Tempat', { max: 200 }),
      penyelenggara: text('Penyelenggara', { max: 120 }),
      ringkasan: longText('Ringkasan', { max: 300 }),
    })
    .refine((a) => !a.selesai || a.selesai >= a.mulai, {
      path: ['selesai'],
      message: 'tidak boleh lebih awal dari waktu mulai',
    });
