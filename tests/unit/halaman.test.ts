import { describe, expect, it } from 'vitest';
import { halamanDitolak, visibleHalaman, namaHalamanBoleh } from '../../src/lib/halaman.ts';

const h = (name: string, urutan: number, judul = name) => ({ id: `kim-a/halaman/${name}`, data: { judul, urutan } });

describe('namaHalamanBoleh', () => {
  it('accepts ordinary profile names', () => {
    for (const n of ['profil', 'visi-misi', 'pengurus', 'kontak', 'sejarah']) expect(namaHalamanBoleh(n)).toBe(true);
  });

  it('rejects section and output names', () => {
    for (const n of ['berita', 'agenda', 'informasi-publik', 'berkas', 'anggota', 'admin', 'pagefind', '_astro', '404', 'rss.xml'])
      expect(namaHalamanBoleh(n)).toBe(false);
  });

  it('rejects nested or odd names', () => {
    expect(namaHalamanBoleh('a/b')).toBe(false);
    expect(namaHalamanBoleh('Profil Desa')).toBe(false);
  });
});

describe('visibleHalaman', () => {
  const entries = [h('sejarah', 3), h('berita', 0), h('profil', 1), h('visi-misi', 2), h('kontak', 3, 'Hubungi kami')];

  it('orders by urutan then title and drops reserved names', () => {
    expect(visibleHalaman(entries).map((e) => e.id.split('/').at(-1))).toEqual(['profil', 'visi-misi', 'kontak', 'sejarah']);
  });

  it('reports the skipped names', () => {
    expect(halamanDitolak(entries)).toEqual(['berita']);
  });
});
