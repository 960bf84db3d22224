/**
 * A whole district in one run: 157 rows (as many KIMs as Kabupaten Bogor has), some of them
 * wrong on purpose. The valid rows are created, the invalid ones refused, each on its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { nodeFsOps, type FsOps } from '../../scripts/lib/provision/atomic.ts';
import { createFromCsv } from '../../scripts/lib/provision/batch.ts';
import { FOLDER_TEMPLATE } from '../../scripts/lib/provision/blueprint.ts';
import { runScript } from '../helpers/data-root.ts';
import { portrait, tempRoot } from './helpers.ts';

const COLUMNS = ['slug', 'nama', 'jenis', 'desa', 'kecamatan', 'url', 'whatsapp', 'email', 'alamat', 'anggota', 'provinsi', 'Zona_Waktu', 'Keterangan'];
const KECAMATAN = ['Cibungbulang', 'Ciampea', 'Leuwiliang', 'Dramaga', 'Pamijahan'];

type Row = Record<string, string>;

/** Rows by data index 1..157, with the ones that must be refused and why (column). */
function susunCsv() {
  const row: (Row | 'kosong' | 'lebih')[] = [];
  const wrong = new Map<number, string>(); // data index → expected column in the message
  for (let i = 1; i <= 157; i++) {
    const n = String(i).padStart(3, '0');
    const b: Row = {
      slug: `kim-bogor-${n}`,
      nama: `KIM Bogor ${i}`,
      jenis: 'desa',
      desa: `Contoh ${i}`,
      kecamatan: KECAMATAN[i % KECAMATAN.length]!,
      url: 'https://kim-bogor.github.io/{slug}/',
      whatsapp: `0812 000${String(i).padStart(5, '0')}`,
    };
    const changed: Record<number, () => void> = {
      3: () => (b.nama = 'KIM "Maju, Jaya"'),
      4: () => ((b.slug = ''), (b.nama = 'KIM Ngudi Rahayu')),
      5: () => (b.nama = 'KIM Śrī Rejeki – Bina Sejahtera II'),
      6: () => (b.alamat = 'Balai Desa, Jl. Raya No. 6\nRT 01/RW 02'),
      7: () => ((b.jenis = 'kelurahan'), (b.desa = 'Tegal Gundil')),
      8: () => ((b.jenis = 'forum-kecamatan'), (b.desa = ''), (b.anggota = 'kim-bogor-001,kim-bogor-002')),
      9: () => (b.provinsi = 'DI Yogyakarta'),
      10: () => ((b.slug = 'KIM_Salah'), wrong.set(i, 'slug')),
      11: () => ((b.slug = 'admin'), wrong.set(i, 'slug')),
      12: () => ((b.slug = '../luar'), wrong.set(i, 'slug')),
      13: () => ((b.slug = 'kim-bogor-001'), wrong.set(i, 'slug')),
      14: () => ((b.slug = 'kim-sudah-ada'), wrong.set(i, 'slug')),
      15: () => ((b.nama = ''), wrong.set(i, 'nama')),
      16: () => ((b.jenis = 'dusun'), wrong.set(i, 'jenis')),
      17: () => ((b.desa = ''), wrong.set(i, 'desa')),
      18: () => ((b.provinsi = 'Jawa Barar'), wrong.set(i, 'provinsi')),
      19: () => ((b.url = 'kim-bogor.github.io/x/'), wrong.set(i, 'url')),
      20: () => ((b.whatsapp = '12345'), wrong.set(i, 'whatsapp')),
      21: () => ((b.email = 'kim@'), wrong.set(i, 'email')),
      80: () => ((b.slug = 'cari'), wrong.set(i, 'slug')),
      100: () => (b.Zona_Waktu = 'WITA'),
      157: () => ((b.Zona_Waktu = 'GMT+7'), wrong.set(i, 'zona-waktu')),
    };
    changed[i]?.();
    b.Keterangan = i % 2 ? 'catatan operator' : '';
    row.push(i === 22 ? 'lebih' : b);
    if (i === 22) wrong.set(i, '');
    // A blank spreadsheet row in the middle: skipped, but it still takes a row number.
    if (i === 50) row.push('kosong');
  }
  const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  const lines = [COLUMNS.join(',')];
  const number = new Map<number, number>(); // data index → spreadsheet row
  let dataRow = 0;
  for (const b of row) {
    if (b === 'kosong') {
      lines.push(COLUMNS.map(() => '').join(','));
      continue;
    }
    dataRow++;
    number.set(dataRow, lines.length + 1);
    if (b === 'lebih') lines.push(`kim-bogor-022,KIM Bogor 22,desa,Contoh 22,Ciampea,https://kim-bogor.github.io/{slug}/,,,,,,,,satu kolom berlebih`);
    else lines.push(COLUMNS.map((k) => cell(b[k] ?? '')).join(','));
  }
  const text = `\uFEFF${lines.join('\r\n')}\r\n`;
  const rejected = new Set([...wrong.keys()].map((i) => number.get(i)!));
  const accepted = new Set([...number.values()].filter((r) => !rejected.has(r)));
  const acceptedSlug = new Set<string>();
  for (const [i, r] of number) {
    if (rejected.has(r)) continue;
    acceptedSlug.add(i === 4 ? 'kim-ngudi-rahayu' : `kim-bogor-${String(i).padStart(3, '0')}`);
  }
  const wrongColumns = new Map([...wrong].map(([i, k]) => [number.get(i)!, k]));
  return { teks: text, ditolak: rejected, diterima: accepted, slugDiterima: acceptedSlug, kolomSalah: wrongColumns };
}

function prepareRoot() {
  const root = tempRoot('kabupaten');
  fs.mkdirSync(path.join(root, 'sites', 'kim-sudah-ada'), { recursive: true });
  fs.writeFileSync(path.join(root, 'sites', 'kim-sudah-ada', 'site.yaml'), '# milik operator\nslug: kim-sudah-ada\n');
  return root;
}

const lineNumber = (out: string, mark: string) => new Set([...out.matchAll(new RegExp(`${mark} baris (\\d+):`, 'g'))].map((m) => Number(m[1])));

describe('site:new --csv with 157 rows', () => {
  const csv = susunCsv();
  const DEFAULTS = ['--kabupaten', 'Kabupaten Bogor', '--provinsi', 'Jawa Barat'];

  it('the fixture is what this test claims', () => {
    expect(csv.diterima.size + csv.ditolak.size).toBe(157);
    expect(csv.ditolak.size).toBe(15);
  });

  it('--dry-run refuses exactly the bad rows and creates nothing', () => {
    const root = prepareRoot();
    const files = path.join(tempRoot('csv'), 'kim-bogor.csv');
    fs.writeFileSync(files, csv.teks);
    const before = portrait(root);
    const r = runScript('site-new', ['--root', root, '--csv', files, '--dry-run', ...DEFAULTS]);
    expect(r.code).toBe(1);
    expect(lineNumber(r.stdout, '✗')).toEqual(csv.ditolak);
    expect(lineNumber(r.stdout, '✓')).toEqual(csv.diterima);
    expect(r.stdout).toContain('157 baris: 142 akan dibuat, 15 ditolak.');
    expect(portrait(root)).toEqual(before);
  });

  it('creates exactly the valid rows, refuses the others by row and column, and exits 1', () => {
    const root = prepareRoot();
    const files = path.join(tempRoot('csv'), 'kim-bogor.csv');
    fs.writeFileSync(files, csv.teks);
    const r = runScript('site-new', ['--root', root, '--csv', files, ...DEFAULTS]);
    expect(r.code).toBe(1);

    expect(new Set(fs.readdirSync(path.join(root, 'sites')))).toEqual(new Set([...csv.slugDiterima, 'kim-sudah-ada']));
    expect(new Set(fs.readdirSync(path.join(root, 'content')))).toEqual(csv.slugDiterima);
    expect(fs.readdirSync(root).sort()).toEqual(['content', 'sites']);
    expect(fs.readFileSync(path.join(root, 'sites', 'kim-sudah-ada', 'site.yaml'), 'utf8')).toBe('# milik operator\nslug: kim-sudah-ada\n');
    expect(fs.existsSync(path.join(path.dirname(root), 'luar'))).toBe(false);

    expect(lineNumber(r.stdout, '✗')).toEqual(csv.ditolak);
    expect(lineNumber(r.stdout, '✓')).toEqual(csv.diterima);
    for (const [row, columns] of csv.kolomSalah) {
      if (columns) expect(r.stdout).toContain(`baris ${row}, kolom ${columns}`);
    }
    expect(r.stdout).toContain('baris 14, kolom slug "kim-bogor-001": sudah dipakai baris 2');
    expect(r.stdout).toContain('baris 15, kolom slug "kim-sudah-ada": sudah ada: sites/kim-sudah-ada/');
    expect(r.stdout).toContain('baris 13, kolom slug "../luar": harus 3–63 karakter');
    expect(r.stdout).toContain('baris 20, kolom url "kim-bogor.github.io/x/": harus alamat web lengkap');
    expect(r.stdout).toContain('baris 23, ada 14 isian, padahal baris judul hanya punya 13 kolom');
    expect(r.stdout).toContain('Ringkasan');
    expect(r.stdout).toMatch(/Baris\s+Slug\s+Nama\s+Hasil\s+Keterangan/);
    expect(r.stdout).toContain('kolom ini tidak dikenal dan diabaikan: Keterangan');
    expect(r.stdout).toContain('157 baris: 142 dibuat, 15 ditolak.');

    // Values from the cells and from the flags both arrive.
    const site = (slug: string) => parse(fs.readFileSync(path.join(root, 'sites', slug, 'site.yaml'), 'utf8'));
    expect(site('kim-bogor-003').nama).toBe('KIM "Maju, Jaya"');
    expect(site('kim-bogor-005').nama).toBe('KIM Śrī Rejeki – Bina Sejahtera II');
    expect(site('kim-ngudi-rahayu').nama).toBe('KIM Ngudi Rahayu');
    expect(site('kim-bogor-009').wilayah.provinsi).toBe('DI Yogyakarta');
    expect(site('kim-bogor-100').zona_waktu).toBe('Asia/Makassar');
    expect(site('kim-bogor-042').wilayah).toMatchObject({ kabupaten: 'Kabupaten Bogor', provinsi: 'Jawa Barat' });
    expect(site('kim-bogor-008').anggota).toEqual(['kim-bogor-001', 'kim-bogor-002']);
    const pengaturan = parse(fs.readFileSync(path.join(root, 'content', 'kim-bogor-006', 'pengaturan.yaml'), 'utf8'));
    expect(pengaturan.kontak.alamat).toBe('Balai Desa, Jl. Raya No. 6\nRT 01/RW 02');
  });

  it('running the same CSV again creates nothing new and overwrites nothing', () => {
    const root = prepareRoot();
    const files = path.join(tempRoot('csv'), 'kim-bogor.csv');
    fs.writeFileSync(files, csv.teks);
    runScript('site-new', ['--root', root, '--csv', files, ...DEFAULTS]);
    const before = portrait(root);
    const r = runScript('site-new', ['--root', root, '--csv', files, ...DEFAULTS]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('157 baris: 0 dibuat, 157 ditolak.');
    expect(portrait(root)).toEqual(before);
  });

  it('a write failure in the middle of the run loses that one KIM only, leaving nothing of it', async () => {
    const root = prepareRoot();
    const ops: FsOps = {
      ...nodeFsOps,
      rename: async (from, dest) => {
        if (dest.endsWith(path.join('sites', 'kim-bogor-077'))) throw new Error('disk penuh (uji)');
        return nodeFsOps.rename(from, dest);
      },
    };
    const { results: result } = await createFromCsv(csv.teks, { root, ops, defaults: { kabupaten: 'Kabupaten Bogor', provinsi: 'Jawa Barat' } });
    const failed = result.find((h) => h.slug === 'kim-bogor-077')!;
    expect(failed.ok).toBe(false);
    expect(failed.issues[0]!.message).toContain('disk penuh (uji)');
    expect(result.filter((h) => h.ok).length).toBe(141);
    expect(fs.existsSync(path.join(root, 'content', 'kim-bogor-077'))).toBe(false);
    expect(fs.existsSync(path.join(root, 'sites', 'kim-bogor-077'))).toBe(false);
    expect(fs.existsSync(path.join(root, 'content', 'kim-bogor-078'))).toBe(true);
    expect(fs.existsSync(path.join(root, '.simpul'))).toBe(false);
  });
});

describe('site:new --csv, other files', () => {
  it('creates the sample CSV from templates/ and exits 0', () => {
    const root = tempRoot('contoh');
    const r = runScript('site-new', ['--root', root, '--csv', path.join(FOLDER_TEMPLATE, 'kim-contoh.csv')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\d+ baris: (\d+) dibuat, 0 ditolak\./);
  });

  it('reads semicolon-separated files', () => {
    const root = tempRoot('titikkoma');
    const files = path.join(tempRoot('csv'), 'kim.csv');
    fs.writeFileSync(
      files,
      'nama;jenis;desa;kecamatan;kabupaten;provinsi;url\n"KIM Maju; Jaya";desa;Sukamaju;Ciampea;Kabupaten Bogor;Jawa Barat;https://kim.example/{slug}/\n',
    );
    const r = runScript('site-new', ['--root', root, '--csv', files]);
    expect(r.code).toBe(0);
    expect(fs.readdirSync(path.join(root, 'sites'))).toEqual(['kim-maju-jaya']);
  });

  it('stops before any row when a required column is missing everywhere', () => {
    const root = tempRoot('kolom');
    const files = path.join(tempRoot('csv'), 'kim.csv');
    fs.writeFileSync(files, 'nama,jenis,desa,kecamatan,url\nKIM A,desa,A,B,https://a.example/\n');
    const r = runScript('site-new', ['--root', root, '--csv', files]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('kolom kabupaten, provinsi tidak ada di baris judul CSV');
    expect(r.stderr).toContain('--kabupaten, --provinsi');
    expect(fs.readdirSync(root)).toEqual([]);
  });

  it('reports a broken CSV and a missing file clearly', () => {
    const root = tempRoot('rusak');
    const files = path.join(tempRoot('csv'), 'kim.csv');
    fs.writeFileSync(files, 'nama,jenis\n"KIM A,desa\n');
    let r = runScript('site-new', ['--root', root, '--csv', files]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('tidak pernah ditutup');
    r = runScript('site-new', ['--root', root, '--csv', '/tidak/ada.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('tidak dapat dibaca');
  });
});
