/** site:new run for real, as an operator or a CI job would: flags in, files and messages out. */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/data-root.ts';
import { desaFields, toFlag, portrait, tempRoot } from './helpers.ts';

describe('site:new with flags', () => {
  it('creates one KIM with no questions, keeping 0812… as text', () => {
    const root = tempRoot('cli');
    const r = runScript('site-new', ['--root', root, ...toFlag(desaFields({ kode: '32.01.30.2006', nama: 'KIM Bina Sejahtera II' }))]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✓ Situs kim-bina-sejahtera-ii dibuat');
    const site = parse(fs.readFileSync(path.join(root, 'sites', 'kim-bina-sejahtera-ii', 'site.yaml'), 'utf8'));
    expect(site).toMatchObject({
      slug: 'kim-bina-sejahtera-ii',
      nama: 'KIM Bina Sejahtera II',
      zona_waktu: 'Asia/Jakarta',
      wilayah: { kode: '32.01.30.2006' },
    });
    const pengaturan = parse(fs.readFileSync(path.join(root, 'content', 'kim-bina-sejahtera-ii', 'pengaturan.yaml'), 'utf8'));
    expect(pengaturan.kontak.whatsapp).toBe('6281234567890');
  });

  it('--dry-run shows the plan and creates nothing', () => {
    const root = tempRoot('cli');
    const r = runScript('site-new', ['--root', root, '--dry-run', ...toFlag(desaFields())]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Uji coba (--dry-run): tidak ada yang dibuat');
    expect(r.stdout).toContain('sites/kim-ngudi-rahayu/site.yaml');
    expect(r.stdout).toContain('content/kim-ngudi-rahayu/halaman/visi-misi.md');
    expect(r.stdout).toContain('nama: KIM Ngudi Rahayu');
    expect(fs.readdirSync(root)).toEqual([]);
  });

  it('refuses bad values with the flag, the value and what is expected, and exits 1', () => {
    const root = tempRoot('cli');
    const r = runScript('site-new', [
      '--root',
      root,
      ...toFlag(desaFields({ slug: 'KIM_Salah', jenis: 'dusun', provinsi: 'Jawa Barar', url: 'kim.desa.id', whatsapp: '12345' })),
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--slug "KIM_Salah": harus 3–63 karakter');
    expect(r.stderr).toContain('--jenis "dusun": harus salah satu dari: desa, kelurahan, forum-kecamatan, portal-kabupaten');
    expect(r.stderr).toContain('--provinsi "Jawa Barar": bukan nama provinsi yang dikenal; maksud Anda "Jawa Barat"?');
    expect(r.stderr).toContain('--url "kim.desa.id": harus alamat web lengkap');
    expect(r.stderr).toContain('--whatsapp "12345": harus nomor WhatsApp Indonesia');
    expect(fs.readdirSync(root)).toEqual([]);
  });

  it.each([
    [['--nam', 'x'], 'pilihan tidak dikenal: --nam'],
    [['--nama'], '--nama perlu nilai'],
    [['--nama', '--jenis', 'desa'], '--nama perlu nilai'],
    [['--dry-run=ya'], '--dry-run tidak memakai nilai'],
    [['kim-baru'], 'tidak mengerti "kim-baru"'],
  ])('usage mistake %j exits 2 with a message in Indonesian', (args, message) => {
    const root = tempRoot('cli');
    const r = runScript('site-new', ['--root', root, ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(fs.readdirSync(root)).toEqual([]);
  });

  it('treats --nama "" as empty, not as "0"', () => {
    const root = tempRoot('cli');
    const r = runScript('site-new', ['--root', root, ...toFlag(desaFields({ nama: '' }))]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--nama: wajib diisi');
  });

  it('refuses to overwrite: the existing site stays byte for byte', () => {
    const root = tempRoot('cli');
    expect(runScript('site-new', ['--root', root, ...toFlag(desaFields())]).code).toBe(0);
    fs.appendFileSync(path.join(root, 'content', 'kim-ngudi-rahayu', 'pengaturan.yaml'), '# diubah anggota\n');
    const before = portrait(root);
    const r = runScript('site-new', ['--root', root, ...toFlag(desaFields({ nama: 'KIM Lain', slug: 'kim-ngudi-rahayu' }))]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--slug "kim-ngudi-rahayu": sudah ada: sites/kim-ngudi-rahayu/');
    expect(portrait(root)).toEqual(before);
  });

  it.each(['../luar', '../../tmp/luar', '/tmp/luar'])('a path as slug (%s) writes nothing outside or inside', (slug) => {
    const parent = tempRoot('cli');
    const root = path.join(parent, 'data');
    fs.mkdirSync(root);
    const r = runScript('site-new', ['--root', root, ...toFlag(desaFields({ slug }))]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`--slug "${slug}"`);
    expect(portrait(parent)).toEqual({ data: '<folder>' });
  });

  it('without flags and without a terminal, explains what to do instead of waiting', () => {
    const r = runScript('site-new', ['--root', tempRoot('cli')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/tidak ada data KIM.*--csv/);
  });

  it('prints its help in Indonesian', () => {
    const r = runScript('site-new', ['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Cara pakai');
    expect(r.stdout).toContain('Pilihan:');
    expect(r.stdout).toContain('--whatsapp <nilai>');
    expect(r.stdout).toContain('Tampilkan bantuan ini');
    expect(r.stdout).not.toMatch(/Usage|Options|Display this message/);
  });
});
