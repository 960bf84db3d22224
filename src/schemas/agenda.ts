import { z } from 'zod';
import { teks, teksPanjang, waktuLokal } from './common.ts';

/** Events. Times are wall-clock times in the site's own time zone. */
export const agendaSchema = () =>
  z
    .object({
      judul: teks('Nama kegiatan', { min: 5, max: 150 }),
      mulai: waktuLokal('Mulai', 'Tanggal dan jam mulai, menurut waktu setempat.'),
      selesai: waktuLokal('Selesai', 'Boleh dikosongkan.').optional(),
      lokasi: teks('Tempat', { max: 200 }),
      penyelenggara: teks('Penyelenggara', { max: 120 }),
      ringkasan: teksPanjang('Ringkasan', { max: 300 }),
    })
    .refine((a) => !a.selesai || a.selesai >= a.mulai, {
      path: ['selesai'],
      message: 'tidak boleh lebih awal dari waktu mulai',
    });
