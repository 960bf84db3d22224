import { describe, expect, it } from 'vitest';
import { rejectedHalaman, visibleHalaman, halamanNameAllowed } from '../../src/lib/halaman.ts';

const h = (name: string, order: number, title = name) => ({ id: `kim-a/halaman/${name}`, data: { judul: title, urutan: order } });

describe('namaHalamanBoleh', () => {
  it('accepts ordinary profile names', () => {
    for (const n of ['profil', 'visi-misi', 'pengurus', 'kontak', 'sejarah']) expect(halamanNameAllowed(n)).toBe(true);
  });

  it('rejects section and output names', () => {
    for (const n of ['berita', 'agenda', 'informasi-publik', 'berkas', 'anggota', 'admin', 'pagefind', '_astro', '404', 'rss.xml'])
      expect(halamanNameAllowed(n)).toBe(false);
  });

  it('rejects nested or odd names', () => {
    expect(halamanNameAllowed('a/b')).toBe(false);
    expect(halamanNameAllowed('Profil Desa')).toBe(false);
  });
});

describe('visibleHalaman', () => {
  const entries = [h('sejarah', 3), h('berita', 0), h('profil', 1), h('visi-misi', 2), h('kontak', 3, 'Hubungi kami')];

  it('orders by urutan then title and drops reserved names', () => {
    expect(visibleHalaman(entries).map((e) => e.id.split('/').at(-1))).toEqual(['profil', 'visi-misi', 'kontak', 'sejarah']);
  });

  it('reports the skipped names', () => {
    expect(rejectedHalaman(entries)).toEqual(['berita']);
  });
});
