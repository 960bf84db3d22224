import { describe, expect, it } from 'vitest';
import { jenisBerkas, mimeBerkas, namaAman, namaKeluaran, sumberBerkas } from '../../src/lib/berkas.ts';

const d = (id: string, berkas: string) => ({ id, data: { berkas } });

describe('sumberBerkas', () => {
  it('resolves the path relative to the entry file', () => {
    expect(sumberBerkas('/data', d('kim-a/informasi-publik/apbdes', '../media/apbdes.pdf'))).toBe('/data/content/kim-a/media/apbdes.pdf');
    expect(sumberBerkas('/data', d('kim-a/informasi-publik/2026/apbdes', 'apbdes.pdf'))).toBe(
      '/data/content/kim-a/informasi-publik/2026/apbdes.pdf',
    );
  });
});

describe('namaAman', () => {
  it('keeps a readable ascii name and the extension', () => {
    expect(namaAman('/x/Laporan Keuangan (Final) é.PDF')).toBe('laporan-keuangan-final-e.pdf');
  });
});

describe('namaKeluaran', () => {
  it('shares one name for one file and separates same-named files', () => {
    const names = namaKeluaran('/data', [
      d('kim-a/informasi-publik/satu', '../media/laporan.pdf'),
      d('kim-a/informasi-publik/dua', '../media/laporan.pdf'),
      d('kim-a/informasi-publik/tiga', 'laporan.pdf'),
    ]);
    expect(names.get('kim-a/informasi-publik/satu')).toBe(names.get('kim-a/informasi-publik/dua'));
    expect(new Set(names.values()).size).toBe(2);
    expect([...names.values()]).toContain('laporan.pdf');
    expect(names.get('kim-a/informasi-publik/tiga')).toBe('tiga-laporan.pdf');
  });
});

describe('jenis and mime', () => {
  it('derives them from the extension', () => {
    expect(jenisBerkas('a.pdf')).toBe('PDF');
    expect(mimeBerkas('a.PDF')).toBe('application/pdf');
    expect(mimeBerkas('a.bin')).toBe('application/octet-stream');
  });
});
