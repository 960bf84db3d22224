/** A freshly created KIM passes the lead's `check` and builds at once, and archiving takes it out of builds. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/data-root.ts';
import { desaFields, toFlag, tempRoot } from './helpers.ts';

describe('a new site passes check and builds', () => {
  it('site:new → check → build → archive → build skips it', () => {
    const root = tempRoot('bangun');
    expect(runScript('site-new', ['--root', root, ...toFlag(desaFields({ nama: 'KIM "Ngudi" Rahayu & Co' }))]).code).toBe(0);
    expect(
      runScript('site-new', [
        '--root',
        root,
        '--nama',
        'Forum KIM Kecamatan Cibungbulang',
        '--jenis',
        'forum-kecamatan',
        '--kecamatan',
        'Cibungbulang',
        '--kabupaten',
        'Kabupaten Bogor',
        '--provinsi',
        'Jawa Barat',
        '--url',
        'https://kim-bogor.github.io/{slug}/',
        '--anggota',
        'kim-ngudi-rahayu-co',
      ]).code,
    ).toBe(0);

    const check = runScript('check', ['--root', root]);
    expect(check.stdout + check.stderr).toContain('Semua 2 situs valid.');
    expect(check.code).toBe(0);

    const build = runScript('build', ['--root', root, '--site', 'kim-ngudi-rahayu-co']);
    expect(build.code, build.stdout + build.stderr).toBe(0);
    const dist = path.join(root, 'dist', 'kim-ngudi-rahayu-co');
    const beranda = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
    expect(beranda).toContain('KIM &quot;Ngudi&quot; Rahayu &amp; Co');
    for (const halaman of ['profil', 'visi-misi', 'pengurus', 'kontak', 'berita/selamat-datang']) {
      expect(fs.existsSync(path.join(dist, halaman, 'index.html')), halaman).toBe(true);
    }
    expect(fs.readFileSync(path.join(dist, 'kontak', 'index.html'), 'utf8')).toContain('https://wa.me/6281234567890');

    expect(runScript('site-archive', ['--root', root, 'kim-ngudi-rahayu-co']).code).toBe(0);
    fs.rmSync(path.join(root, 'dist'), { recursive: true, force: true });
    const again = runScript('build', ['--root', root]);
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(fs.existsSync(path.join(root, 'dist', 'forum-kim-kecamatan-cibungbulang', 'index.html'))).toBe(true);
    expect(fs.existsSync(path.join(root, 'dist', 'kim-ngudi-rahayu-co'))).toBe(false);
  });
});
