import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { setArchived, ArchiveError } from '../../scripts/lib/provision/archive.ts';
import { listSites } from '../../scripts/lib/provision/list.ts';
import { createSite } from '../../scripts/lib/provision/provision.ts';
import { runScript } from '../helpers/data-root.ts';
import { desaFields, tempRoot } from './helpers.ts';

function git(root: string, args: string[], date?: string) {
  execFileSync('git', ['-c', 'user.name=Uji', '-c', 'user.email=uji@contoh.id', '-c', 'commit.gpgsign=false', ...args], {
    cwd: root,
    env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_CONFIG_GLOBAL: '/dev/null' },
    stdio: 'pipe',
  });
}

async function rootThreeSites(): Promise<string> {
  const root = tempRoot('daftar');
  for (const [slug, kecamatan] of [
    ['kim-aktif', 'Ciampea'],
    ['kim-sepi', 'Dramaga'],
    ['kim-baru', 'Leuwiliang'],
  ]) {
    const r = await createSite(desaFields({ slug, kecamatan, url: `https://kim-bogor.github.io/${slug}/` }), { root });
    expect(r.ok).toBe(true);
  }
  return root;
}

describe('site:list', () => {
  it('shows entries and the last content change from git; "-" when there is none', async () => {
    const root = await rootThreeSites();
    git(root, ['init', '-q', '-b', 'main']);
    git(root, ['add', 'sites', 'content/kim-aktif', 'content/kim-sepi']);
    git(root, ['commit', '-q', '-m', 'awal'], '2025-01-10T08:00:00+07:00');
    fs.writeFileSync(path.join(root, 'content', 'kim-aktif', 'berita', 'panen.md'), '---\njudul: Panen raya\n---\n');
    git(root, ['add', 'content/kim-aktif']);
    git(root, ['commit', '-q', '-m', 'berita'], '2026-02-03T09:30:00+07:00');

    const rows = await listSites(root);
    expect(rows.map((d) => [d.slug, d.jumlah_entri, d.perubahan_terakhir])).toEqual([
      ['kim-aktif', 6, '2026-02-03T09:30:00+07:00'],
      ['kim-baru', 5, null],
      ['kim-sepi', 5, '2025-01-10T08:00:00+07:00'],
    ]);

    const r = runScript('site-list', ['--root', root]);
    expect(r.code).toBe(0);
    const row = r.stdout.split('\n');
    expect(row[0]).toMatch(/^Slug\s+Jenis\s+Kecamatan\s+URL\s+Entri\s+Perubahan terakhir\s+Status$/);
    expect(row.find((b) => b.startsWith('kim-aktif'))).toMatch(/desa\s+Ciampea\s+https:\/\/kim-bogor\.github\.io\/kim-aktif\/\s+6\s+2026-02-03\s+aktif/);
    expect(row.find((b) => b.startsWith('kim-baru'))).toMatch(/\s5\s+-\s+aktif/);

    const json = JSON.parse(runScript('site-list', ['--root', root, '--json']).stdout);
    expect(json).toEqual(rows);
    expect(json[0]).toEqual({
      slug: 'kim-aktif',
      nama: 'KIM Ngudi Rahayu',
      jenis: 'desa',
      kecamatan: 'Ciampea',
      url: 'https://kim-bogor.github.io/kim-aktif/',
      jumlah_entri: 6,
      perubahan_terakhir: '2026-02-03T09:30:00+07:00',
      diarsipkan: false,
      masalah: null,
    });
  });

  it('shows "-" for every site when the data root is not a git repository', async () => {
    const root = await rootThreeSites();
    const rows = await listSites(root);
    expect(rows.map((d) => d.perubahan_terakhir)).toEqual([null, null, null]);
  });

  it('lists a broken site.yaml instead of failing', async () => {
    const root = await rootThreeSites();
    fs.writeFileSync(path.join(root, 'sites', 'kim-sepi', 'site.yaml'), 'slug: kim-sepi\nurl: bukan-url\n');
    const d = (await listSites(root)).find((x) => x.slug === 'kim-sepi')!;
    expect(d.masalah).toMatch(/site\.yaml tidak sah/);
    expect(runScript('site-list', ['--root', root]).code).toBe(0);
  });

  it('says how to start when there are no sites', () => {
    const r = runScript('site-list', ['--root', tempRoot('kosong')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Belum ada situs KIM');
  });
});

describe('site:archive and site:restore', () => {
  it('archives without deleting, keeps comments, and restoring gives back the same file', async () => {
    const root = await rootThreeSites();
    const files = path.join(root, 'sites', 'kim-sepi', 'site.yaml');
    fs.writeFileSync(files, `${fs.readFileSync(files, 'utf8').replace('url:', '# alamat lama, jangan diubah\nurl:')}# catatan akhir\n`);
    const original = fs.readFileSync(files, 'utf8');

    let r = runScript('site-archive', ['--root', root, 'kim-sepi']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✓ kim-sepi diarsipkan');
    const archived = fs.readFileSync(files, 'utf8');
    expect(archived).toContain('diarsipkan: true');
    expect(archived).toContain('# alamat lama, jangan diubah');
    expect(archived).toContain('# catatan akhir');
    expect(fs.readdirSync(path.join(root, 'content', 'kim-sepi')).length).toBeGreaterThan(0);
    expect((await listSites(root)).find((d) => d.slug === 'kim-sepi')!.diarsipkan).toBe(true);
    expect(runScript('site-list', ['--root', root]).stdout).toMatch(/kim-sepi .*diarsipkan/);

    r = runScript('site-archive', ['--root', root, 'kim-sepi']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('sudah diarsipkan');

    r = runScript('site-restore', ['--root', root, 'kim-sepi']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✓ kim-sepi aktif kembali');
    expect(fs.readFileSync(files, 'utf8')).toBe(original);
    expect(fs.readdirSync(path.join(root, 'sites', 'kim-sepi'))).toEqual(['site.yaml']);
  });

  it.each([
    ['ends with a list, no final line break', 'slug: kim-x\nanggota:\n  - kim-a # pertama\n  - kim-b'],
    ['ends with a comment on the last line', 'slug: kim-x\ncms:\n  backend: local # latihan\n'],
    ['blank lines and a closing comment', 'slug: kim-x\n\nurl: https://a.example/\n\n\n# akhir\n'],
  ])('archive then restore gives back the same bytes: %s', async (_, text) => {
    const root = tempRoot('arsip');
    fs.mkdirSync(path.join(root, 'sites', 'kim-x'), { recursive: true });
    const files = path.join(root, 'sites', 'kim-x', 'site.yaml');
    fs.writeFileSync(files, text);
    expect(await setArchived(root, 'kim-x', true)).toBe(true);
    const archived = fs.readFileSync(files, 'utf8');
    expect(parse(archived)).toEqual({ ...parse(text), diarsipkan: true });
    expect(archived.replace('\ndiarsipkan: true', '')).toBe(text);
    expect(await setArchived(root, 'kim-x', false)).toBe(true);
    expect(fs.readFileSync(files, 'utf8')).toBe(text);
  });

  it('flips an explicit "diarsipkan: false" in place', async () => {
    const root = tempRoot('arsip');
    fs.mkdirSync(path.join(root, 'sites', 'kim-x'), { recursive: true });
    const files = path.join(root, 'sites', 'kim-x', 'site.yaml');
    fs.writeFileSync(files, 'slug: kim-x\ndiarsipkan: false # sementara\nurl: https://a.example/\n');
    await setArchived(root, 'kim-x', true);
    expect(fs.readFileSync(files, 'utf8')).toBe('slug: kim-x\ndiarsipkan: true # sementara\nurl: https://a.example/\n');
    await setArchived(root, 'kim-x', false);
    expect(fs.readFileSync(files, 'utf8')).toBe('slug: kim-x\nurl: https://a.example/\n');
  });

  it('refuses unknown and path-like slugs, touching nothing', async () => {
    const root = await rootThreeSites();
    await expect(setArchived(root, '../kim-sepi', true)).rejects.toBeInstanceOf(ArchiveError);
    await expect(setArchived(root, 'kim-tidak-ada', true)).rejects.toThrow(/tidak ada situs "kim-tidak-ada"/);
    const r = runScript('site-archive', ['--root', root, 'kim-tidak-ada', 'kim-aktif']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('tidak ada situs "kim-tidak-ada"');
    expect(r.stdout).toContain('✓ kim-aktif diarsipkan');
    expect(runScript('site-archive', ['--root', root]).code).toBe(2);
  });
});

describe('site:list with hostile data', () => {
  it('prints no terminal control characters from site.yaml', async () => {
    const root = await rootThreeSites();
    const file = path.join(root, 'sites', 'kim-sepi', 'site.yaml');
    const yaml = fs.readFileSync(file, 'utf8');
    // YAML double-quoted escapes put the raw bytes into the values.
    fs.writeFileSync(
      file,
      yaml
        .replace(/^ {2}kecamatan: .*$/m, '  kecamatan: "\\e]0;pwned\\aDra\\e[2J\\e[31mmaga\\x9b1;1H"')
        .replace(/^url: .*$/m, 'url: "https://kim-bogor.github.io/kim-sepi/\\e[8m"'),
    );
    const r = runScript('site-list', ['--root', root]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(r.stdout.split('\n').find((b) => b.startsWith('kim-sepi'))).toMatch(/desa\s+Dramaga\s+https:\/\/kim-bogor\.github\.io\/kim-sepi\/\s+5/);
  });
});
