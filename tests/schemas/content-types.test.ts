import { describe, expect, it } from 'vitest';
import { agendaSchema } from '../../src/schemas/agenda.ts';
import { aspirasiSchema } from '../../src/schemas/aspirasi.ts';
import { beritaSchema } from '../../src/schemas/berita.ts';
import { galeriSchema } from '../../src/schemas/galeri.ts';
import { halamanSchema } from '../../src/schemas/halaman.ts';
import { informasiPublikSchema } from '../../src/schemas/informasi-publik.ts';
import { potensiSchema } from '../../src/schemas/potensi.ts';
import { produkSchema } from '../../src/schemas/produk.ts';
import { contentTypes } from '../../src/schemas/index.ts';
import { errorsOf, plainCtx } from '../helpers/schema.ts';

const photo = { src: '../media/a.jpg', alt: 'Warga menanam pohon' };

describe('berita', () => {
  const schema = beritaSchema(plainCtx);
  const valid = {
    judul: 'Posyandu Balita di Dusun Tiga',
    tanggal: '2026-08-17',
    ringkasan: 'Kader posyandu menimbang 40 balita.',
    kategori: 'kesehatan',
    penulis: 'Tim KIM',
  };
  it('accepts a valid entry and fills defaults', () => {
    const out = schema.parse(valid);
    expect(out.draft).toBe(false);
    expect(out.tanggal).toBeInstanceOf(Date);
    expect(schema.parse({ ...valid, gambar: photo }).gambar).toEqual(photo);
  });
  it('names every wrong field with an Indonesian message', () => {
    expect(errorsOf(schema, { ...valid, judul: 'abc', tanggal: 'kemarin', kategori: 'olahraga', gambar: { src: 'a.jpg' } })).toEqual([
      'judul: minimal 5 karakter',
      'tanggal: harus berupa tanggal, contoh: 2026-08-17',
      'kategori: harus salah satu dari: pemerintahan, pembangunan, kesehatan, pendidikan, ekonomi, pertanian, lingkungan, sosial-budaya, pengumuman, kegiatan-kim',
      'gambar.alt: wajib diisi',
    ]);
  });
  it('requires the core fields', () => {
    expect(errorsOf(schema, {})).toEqual([
      'judul: wajib diisi',
      'tanggal: harus berupa tanggal, contoh: 2026-08-17',
      'ringkasan: wajib diisi',
      'kategori: harus salah satu dari: pemerintahan, pembangunan, kesehatan, pendidikan, ekonomi, pertanian, lingkungan, sosial-budaya, pengumuman, kegiatan-kim',
      'penulis: wajib diisi',
    ]);
  });
  it('rejects days that do not exist instead of rolling them over', () => {
    expect(errorsOf(schema, { ...valid, tanggal: '2026-02-30' })).toEqual(['tanggal: harus berupa tanggal, contoh: 2026-08-17']);
    expect(schema.parse({ ...valid, tanggal: '2026-02-28' }).tanggal).toEqual(new Date('2026-02-28T00:00:00Z'));
    expect(schema.parse({ ...valid, tanggal: new Date('2026-02-28') }).tanggal).toEqual(new Date('2026-02-28T00:00:00Z'));
  });
  it('limits the summary so it fits a WhatsApp preview', () => {
    expect(errorsOf(schema, { ...valid, ringkasan: 'x'.repeat(301) })).toEqual(['ringkasan: maksimal 300 karakter']);
  });
});

describe('potensi', () => {
  const schema = potensiSchema(plainCtx);
  const valid = {
    nama: 'Curug Bidadari',
    kategori: 'wisata',
    ringkasan: 'Air terjun di kaki bukit.',
    gambar: [photo],
    lokasi: { alamat: 'Dusun Dua', lat: -6.6, lng: 106.6 },
  };
  it('accepts a valid entry', () => {
    expect(schema.parse(valid).unggulan).toBe(false);
  });
  it('needs at least one photo and coordinates inside Indonesia', () => {
    expect(errorsOf(schema, { ...valid, gambar: [], lokasi: { alamat: 'x', lat: 40, lng: 10 } })).toEqual([
      'gambar: minimal satu foto',
      'lokasi.lat: harus antara -11 dan 6.5',
      'lokasi.lng: harus antara 94 dan 142',
    ]);
  });
  it('normalizes the contact WhatsApp number', () => {
    expect(schema.parse({ ...valid, kontak: { whatsapp: '0812-3456-7890' } }).kontak?.whatsapp).toBe('6281234567890');
    expect(errorsOf(schema, { ...valid, kontak: { whatsapp: '12345' } })).toEqual([
      'kontak.whatsapp: harus nomor WhatsApp Indonesia, contoh: 0812 3456 7890 atau 6281234567890',
    ]);
  });
});

describe('produk', () => {
  const schema = produkSchema(plainCtx);
  const valid = {
    nama: 'Keripik Singkong Balado',
    kategori: 'makanan',
    ringkasan: 'Renyah dan pedas.',
    harga: 15000,
    satuan: 'bungkus',
    penjual: 'UMKM Sari Rasa',
    whatsapp: '+62 812 3456 7890',
    gambar: photo,
  };
  it('accepts a valid entry and normalizes WhatsApp to 62…', () => {
    expect(schema.parse(valid).whatsapp).toBe('6281234567890');
  });
  it('rejects a price that is not whole rupiah', () => {
    expect(errorsOf(schema, { ...valid, harga: '15.000' })).toEqual(['harga: harus angka rupiah tanpa titik, contoh: 25000']);
    expect(errorsOf(schema, { ...valid, harga: 1500.5 })).toEqual(['harga: harus bilangan bulat rupiah, contoh: 25000']);
    expect(errorsOf(schema, { ...valid, harga: -1 })).toEqual(['harga: tidak boleh negatif']);
  });
  it('requires a photo with its description', () => {
    expect(errorsOf(schema, { ...valid, gambar: undefined })).toEqual(['gambar: wajib diisi']);
    expect(errorsOf(schema, { ...valid, gambar: 'foto.jpg' })).toEqual(['gambar: harus berupa kelompok isian (beberapa baris menjorok di bawahnya)']);
  });
});

describe('agenda', () => {
  const schema = agendaSchema();
  const valid = {
    judul: 'Rapat Koordinasi KIM',
    mulai: '2027-01-15T09:00',
    selesai: '2027-01-15 11:30',
    lokasi: 'Balai Desa',
    penyelenggara: 'KIM',
    ringkasan: 'Rapat bulanan.',
  };
  it('keeps wall-clock times without a zone', () => {
    const out = schema.parse(valid);
    expect(out.mulai).toBe('2027-01-15T09:00');
    expect(out.selesai).toBe('2027-01-15T11:30');
  });
  it('rejects a malformed time and an end before the start', () => {
    expect(errorsOf(schema, { ...valid, mulai: '15 Januari' })).toEqual(['mulai: harus berupa tanggal dan jam, contoh: 2026-08-17T08:00']);
    expect(errorsOf(schema, { ...valid, selesai: '2027-01-15T08:00' })).toEqual(['selesai: tidak boleh lebih awal dari waktu mulai']);
  });
});

describe('galeri', () => {
  const schema = galeriSchema(plainCtx);
  const valid = { judul: 'Lomba Agustusan', tanggal: '2026-08-17', foto: [photo] };
  it('accepts an album and defaults videos to none', () => {
    expect(schema.parse(valid).video).toEqual([]);
  });
  it('accepts only YouTube video links', () => {
    expect(schema.parse({ ...valid, video: [{ judul: 'Video', url: 'https://www.youtube.com/watch?v=abc12345' }] }).video).toHaveLength(1);
    expect(errorsOf(schema, { ...valid, video: [{ judul: 'Video', url: 'https://vimeo.com/1' }] })).toEqual([
      'video.0.url: harus tautan YouTube, contoh: https://www.youtube.com/watch?v=abc123',
    ]);
  });
});

describe('informasi-publik', () => {
  const schema = informasiPublikSchema(plainCtx);
  const valid = { judul: 'APBDes 2026', kategori: 'berkala', tanggal: '2026-01-10', ringkasan: 'Anggaran desa.', berkas: '../media/apbdes.pdf' };
  it('accepts the three UU 14/2008 categories only', () => {
    for (const k of ['berkala', 'serta-merta', 'setiap-saat']) expect(schema.parse({ ...valid, kategori: k }).kategori).toBe(k);
    expect(errorsOf(schema, { ...valid, kategori: 'rahasia' })).toEqual(['kategori: harus salah satu dari: berkala, serta-merta, setiap-saat']);
  });
});

describe('aspirasi', () => {
  const schema = aspirasiSchema();
  const valid = {
    topik: 'Lampu jalan mati',
    ringkasan: 'Lampu di RT 02 mati sebulan.',
    diterima: '2026-09-01',
    status: 'diteruskan',
    diteruskan_ke: 'Dinas Perhubungan',
  };
  it('accepts the four statuses', () => {
    for (const s of ['diterima', 'diteruskan', 'ditindaklanjuti', 'selesai']) expect(schema.parse({ ...valid, status: s }).status).toBe(s);
  });
  it('has no field for personal data', () => {
    expect(Object.keys(schema.shape)).not.toContain('nama');
    expect(Object.keys(schema.shape)).not.toContain('telepon');
    expect(errorsOf(schema, { ...valid, status: 'ditolak' })).toEqual(['status: harus salah satu dari: diterima, diteruskan, ditindaklanjuti, selesai']);
  });
});

describe('halaman', () => {
  const schema = halamanSchema();
  it('defaults the menu order and accepts a pengurus list', () => {
    const out = schema.parse({ judul: 'Pengurus', pengurus: [{ nama: 'Siti Aminah', jabatan: 'Ketua' }] });
    expect(out.urutan).toBe(10);
    expect(errorsOf(schema, { judul: 'Pengurus', pengurus: [{ nama: 'Siti' }] })).toEqual(['pengurus.0.jabatan: wajib diisi']);
  });
});

describe('registry', () => {
  it('lists every content type once, each with a schema and a title field in it', () => {
    const names = contentTypes.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(['berita', 'potensi', 'produk', 'agenda', 'galeri', 'informasi-publik', 'aspirasi', 'halaman']);
    for (const t of contentTypes) {
      const shape = t.schema(plainCtx) as unknown as { shape?: Record<string, unknown>; _zod: { def: { schema?: { shape: Record<string, unknown> } } } };
      const keys = Object.keys(shape.shape ?? shape._zod.def.schema?.shape ?? {});
      expect(keys, t.name).toContain(t.titleField);
    }
  });
});
