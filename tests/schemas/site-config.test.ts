import { describe, expect, it } from 'vitest';
import { pengaturanSchema } from '../../src/schemas/pengaturan.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { errorsOf, plainCtx } from '../helpers/schema.ts';

const site = {
  slug: 'kim-contoh',
  nama: 'KIM Bina Sejahtera II',
  jenis: 'desa',
  wilayah: { desa: 'Cibatok Satu', kecamatan: 'Cibungbulang', kabupaten: 'Kabupaten Bogor', provinsi: 'Jawa Barat' },
  url: 'https://kim-contoh.desa.id/',
};

describe('site.yaml (operator)', () => {
  it('lists editors as GitHub/GitLab usernames', () => {
    expect(siteSchema().parse({ ...site, editor: ['ani-kim', 'budi.s'] }).editor).toEqual(['ani-kim', 'budi.s']);
    expect(siteSchema().parse(site).editor).toEqual([]);
    expect(errorsOf(siteSchema(), { ...site, editor: ['ani kim'] })).toEqual([
      'editor.0: harus nama pengguna GitHub/GitLab (huruf, angka, titik, - atau _), contoh: budi-santoso',
    ]);
  });
  it('refuses editorial_workflow: false for a KIM with editors (members would commit straight to main)', () => {
    const cms = { backend: 'github', repo: 'a/b', base_url: 'https://o.id/', editorial_workflow: false };
    expect(errorsOf(siteSchema(), { ...site, editor: ['ani'], cms })).toEqual([
      'cms.editorial_workflow: tidak boleh false bila KIM ini punya editor: tanpa alur editorial, perubahan anggota langsung masuk ke cabang utama tanpa diperiksa guard',
    ]);
    expect(errorsOf(siteSchema(), { ...site, cms })).toEqual([]);
  });

  it('accepts a minimal site and fills defaults', () => {
    const out = siteSchema().parse(site);
    expect(out.zona_waktu).toBe('Asia/Jakarta');
    expect(out.cms.backend).toBe('local');
    expect(out.nama).toBe('KIM Bina Sejahtera II');
    expect(out.diarsipkan).toBe(false);
  });
  it('rejects bad slugs, reserved slugs, relative URLs and unknown zones', () => {
    expect(errorsOf(siteSchema(), { ...site, slug: '../x', url: 'kim.desa.id', zona_waktu: 'Asia/Bangkok' })).toEqual([
      'slug: harus 3–63 karakter: huruf kecil a–z, angka 0–9 dan tanda -, tidak diawali/diakhiri -',
      'url: harus alamat web lengkap yang diawali https://, contoh: https://kim-contoh.desa.id/',
      'zona_waktu: harus Asia/Jakarta (WIB), Asia/Makassar (WITA) atau Asia/Jayapura (WIT)',
    ]);
    expect(errorsOf(siteSchema(), { ...site, slug: 'pagefind' })[0]).toMatch(/^slug: tidak boleh memakai nama yang dicadangkan/);
    expect(errorsOf(siteSchema(), { ...site, url: 'https://x.id/kim' })).toEqual(['url: harus diakhiri tanda /, contoh: https://kim-contoh.desa.id/']);
  });
  it('requires backend settings for github and gitlab', () => {
    expect(errorsOf(siteSchema(), { ...site, cms: { backend: 'github' } })).toEqual([
      'cms.repo: wajib diisi untuk backend github',
      'cms.base_url: wajib diisi untuk backend github (alamat proxy OAuth)',
    ]);
    expect(errorsOf(siteSchema(), { ...site, cms: { backend: 'gitlab', repo: 'a/b' } })).toEqual([
      'cms.app_id: wajib diisi untuk backend gitlab (ID aplikasi OAuth)',
    ]);
  });
  it('allows members only on a forum', () => {
    expect(errorsOf(siteSchema(), { ...site, anggota: ['kim-a1'] })).toEqual(['anggota: hanya untuk jenis forum-kecamatan atau portal-kabupaten']);
    expect(siteSchema().parse({ ...site, jenis: 'forum-kecamatan', anggota: ['kim-a1'] }).anggota).toEqual(['kim-a1']);
  });
});

describe('pengaturan.yaml (member)', () => {
  const valid = {
    tagline: 'Kabar warga',
    deskripsi: 'Situs KIM.',
    hero: { judul: 'Selamat datang', teks: 'Informasi warga.' },
    kontak: { alamat: 'Jl. Raya 1', email: 'kim@contoh.id' },
  };
  it('accepts minimal settings with default colours', () => {
    expect(pengaturanSchema(plainCtx).parse(valid).warna).toEqual({ utama: '#1d6f42', aksen: '#b7791f' });
  });
  it('names bad colours and emails', () => {
    expect(errorsOf(pengaturanSchema(plainCtx), { ...valid, warna: { utama: 'hijau', aksen: '#fff' }, kontak: { alamat: 'x', email: 'kim@' } })).toEqual([
      'warna.utama: harus kode warna heksadesimal, contoh: #1d6f42',
      'warna.aksen: harus kode warna heksadesimal, contoh: #1d6f42',
      'kontak.email: harus alamat email, contoh: kim@contoh.id',
    ]);
  });
});
