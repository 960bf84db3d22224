import { z } from 'zod';
import { photo, text, longText, url, color, whatsapp, type SchemaContext } from './common.ts';

/** Site settings a KIM member may edit: `content/<slug>/pengaturan.yaml`. */
export const pengaturanSchema = (ctx: SchemaContext) =>
  z.object({
    tagline: text('Slogan singkat', { max: 120 }),
    deskripsi: longText('Deskripsi situs', {
      max: 300,
      description: 'Tampil di hasil pencarian Google dan pratinjau WhatsApp.',
    }),
    logo: photo(ctx, 'Logo KIM').optional(),
    warna: z
      .object({ utama: color('Warna utama'), aksen: color('Warna aksen') })
      .default({ utama: '#1d6f42', aksen: '#b7791f' })
      .meta({ title: 'Warna situs', widget: 'object' }),
    hero: z
      .object({
        judul: text('Judul sambutan', { max: 120 }),
        teks: longText('Teks sambutan', { max: 300 }),
        gambar: photo(ctx, 'Foto sambutan').optional(),
      })
      .meta({ title: 'Sambutan di beranda', widget: 'object' }),
    kontak: z
      .object({
        alamat: text('Alamat sekretariat', { max: 200 }),
        telepon: text('Telepon', { max: 30 }).optional(),
        whatsapp: whatsapp('WhatsApp sekretariat').optional(),
        email: z.email('harus alamat email, contoh: kim@contoh.id').optional().meta({ title: 'Email' }),
        jam_layanan: text('Jam layanan', { max: 100 }).optional(),
      })
      .meta({ title: 'Kontak', widget: 'object' }),
    sosial: z
      .object({
        facebook: url('Facebook').optional(),
        instagram: url('Instagram').optional(),
        youtube: url('YouTube').optional(),
        tiktok: url('TikTok').optional(),
        x: url('X (Twitter)').optional(),
      })
      .default({})
      .meta({ title: 'Media sosial', widget: 'object' }),
    aspirasi: z
      .object({
        whatsapp: whatsapp('WhatsApp penerima aspirasi').optional(),
        email: z.email('harus alamat email, contoh: kim@contoh.id').optional().meta({ title: 'Email penerima aspirasi' }),
        formulir_url: url('Tautan formulir daring', 'Misalnya Google Form. Boleh dikosongkan.').optional(),
        pesan_awal: text('Pesan pembuka WhatsApp', {
          max: 200,
          description: 'Teks yang sudah terisi saat warga membuka WhatsApp.',
        }).optional(),
      })
      .default({})
      .meta({ title: 'Cara menyampaikan aspirasi', widget: 'object' }),
  });
