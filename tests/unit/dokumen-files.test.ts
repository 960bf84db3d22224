import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileJenis, fileMime, safeName, outputName, fileSource } from '../../src/lib/dokumen-files.ts';

const d = (id: string, files: string) => ({ id, data: { berkas: files } });

describe('fileSource', () => {
  it('resolves the path relative to the entry file', () => {
    expect(fileSource('/data', d('kim-a/informasi-publik/apbdes', '../media/apbdes.pdf'))).toBe('/data/content/kim-a/media/apbdes.pdf');
    expect(fileSource('/data', d('kim-a/informasi-publik/2026/apbdes', 'apbdes.pdf'))).toBe('/data/content/kim-a/informasi-publik/2026/apbdes.pdf');
  });
});

describe('fileSource keeps documents in their own KIM, with or without check', () => {
  it('refuses a path into another KIM, a symlinked document and a symlinked folder', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-berkas-'));
    const c = (p: string) => path.join(root, 'content', p);
    fs.mkdirSync(c('kim-a/media'), { recursive: true });
    fs.mkdirSync(c('kim-b/media'), { recursive: true });
    fs.writeFileSync(c('kim-a/media/sendiri.pdf'), '%PDF-1.4\n%%EOF\n');
    fs.writeFileSync(c('kim-b/media/rahasia.pdf'), '%PDF-1.4\n%%EOF\n');
    fs.symlinkSync('../../kim-b/media/rahasia.pdf', c('kim-a/media/tautan.pdf'));
    fs.symlinkSync('../kim-b/media', c('kim-a/media-b'));
    expect(fileSource(root, d('kim-a/informasi-publik/a', '../media/sendiri.pdf'))).toBe(c('kim-a/media/sendiri.pdf'));
    expect(() => fileSource(root, d('kim-a/informasi-publik/a', '../../kim-b/media/rahasia.pdf'))).toThrow(
      /^KontenDitolak: content\/kim-a\/informasi-publik\/a\.md — berkas: .*di luar folder KIM/,
    );
    expect(() => fileSource(root, d('kim-a/informasi-publik/a', '../media/tautan.pdf'))).toThrow(/symlink/);
    expect(() => fileSource(root, d('kim-a/informasi-publik/a', '../media-b/rahasia.pdf'))).toThrow(/symlink/);
    expect(() => fileSource(root, d('kim-a/informasi-publik/a', '/etc/hostname'))).toThrow(/di luar folder KIM/);
  });
});

describe('namaAman', () => {
  it('keeps a readable ascii name and the extension', () => {
    expect(safeName('/x/Laporan Keuangan (Final) é.PDF')).toBe('laporan-keuangan-final-e.pdf');
  });
});

describe('namaKeluaran', () => {
  it('shares one name for one file and separates same-named files', () => {
    const names = outputName('/data', [
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
    expect(fileJenis('a.pdf')).toBe('PDF');
    expect(fileMime('a.PDF')).toBe('application/pdf');
    expect(fileMime('a.bin')).toBe('application/octet-stream');
  });
});
