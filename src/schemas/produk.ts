import { z } from 'zod';
import { photo, choice, text, longText, whatsapp, type SchemaContext } from './common.ts';

export const kategoriProduk = {
  makanan: 'Makanan',
  minuman: 'Minuman',
  kerajinan: 'Kerajinan',
  'hasil-tani': 'Hasil tani & kebun',
  'hasil-laut': 'Hasil laut & perikanan',
  fashion: 'Busana & kain',
  jasa: 'Jasa',
  lainnya: 'Lainnya',
} as const;

/** UMKM products with a WhatsApp order link. */
export const produkSchema = (ctx: SchemaContext) =>
  z.object({
    nama: text('Nama produk', { max: 120 }),
    kategori: choice('Kategori', kategoriProduk),
    ringkasan: longText('Ringkasan', { max: 300 }),
    harga: z
      .number({ error: 'harus angka rupiah tanpa titik, contoh: 25000' })
      .int('harus bilangan bulat rupiah, contoh: 25000')
      .min(0, 'tidak boleh negatif')
      .meta({ title: 'Harga (Rp)', widget: 'number' }),
    satuan: text('Satuan', { max: 40, contoh: 'bungkus, kg, buah' }),
    penjual: text('Nama penjual atau UMKM', { max: 100 }),
    whatsapp: whatsapp('WhatsApp penjual', 'Pembeli memesan lewat nomor ini.'),
    gambar: photo(ctx, 'Foto produk'),
  });
