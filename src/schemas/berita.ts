import { z } from 'zod';
import { draft, photo, choice, calendarDate, text, longText, type SchemaContext } from './common.ts';

export const kategoriBerita = {
  pemerintahan: 'Pemerintahan',
  pembangunan: 'Pembangunan',
  kesehatan: 'Kesehatan',
  pendidikan: 'Pendidikan',
  ekonomi: 'Ekonomi & UMKM',
  pertanian: 'Pertanian',
  lingkungan: 'Lingkungan',
  'sosial-budaya': 'Sosial Budaya',
  pengumuman: 'Pengumuman',
  'kegiatan-kim': 'Kegiatan KIM',
} as const;

/** News from the village: programmes, policies, events. */
export const beritaSchema = (ctx: SchemaContext) =>
  z.object({
    judul: text('Judul', { min: 5, max: 150, contoh: 'Posyandu Balita Digelar Serentak di Tiga Dusun' }),
    tanggal: calendarDate('Tanggal terbit'),
    ringkasan: longText('Ringkasan', {
      max: 300,
      description: 'Satu atau dua kalimat. Tampil di daftar berita dan saat tautan dibagikan ke WhatsApp.',
    }),
    kategori: choice('Kategori', kategoriBerita),
    gambar: photo(ctx, 'Foto utama').optional(),
    penulis: text('Penulis', { max: 80 }),
    draft: draft(),
  });
