import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { changedFiles, checkChange, classify } from '../../scripts/lib/cms/guard.ts';

describe('classify', () => {
  it('sorts paths into KIM content and shared files', () => {
    const { bySlug, shared } = classify(['content/kim-a/berita/x.md', 'content/kim-a/media/y.jpg', 'sites/kim-a/site.yaml', 'src/styles/global.css', 'content/README.md']);
    expect([...bySlug.keys()]).toEqual(['kim-a']);
    expect(shared).toEqual(['sites/kim-a/site.yaml', 'src/styles/global.css', 'content/README.md']);
  });
  it('does not count a path that climbs out of the KIM folder as its content', () => {
    expect(classify(['content/kim-a/../../scripts/x.ts']).shared).toHaveLength(1);
  });
});

describe('checkChange', () => {
  it('passes a change to one KIM’s content', () => {
    expect(checkChange(['content/kim-a/berita/x.md', 'content/kim-a/media/x.jpg']).ok).toBe(true);
  });
  it('passes a change to shared files only (an operator or theme change)', () => {
    expect(checkChange(['src/styles/global.css', 'scripts/build.ts']).ok).toBe(true);
  });
  it('fails a change to two KIMs, in Indonesian', () => {
    const r = checkChange(['content/kim-a/berita/x.md', 'content/kim-b/berita/y.md']);
    expect(r.ok).toBe(false);
    expect(r.problems.join('\n')).toContain('Satu perubahan hanya boleh mengubah isi satu KIM');
  });
  for (const shared of ['src/styles/global.css', 'scripts/build.ts', 'sites/kim-a/site.yaml']) {
    it(`fails KIM content mixed with ${shared}`, () => {
      const r = checkChange(['content/kim-a/berita/x.md', shared]);
      expect(r.ok).toBe(false);
      expect(r.problems.join('\n')).toContain('mencampur isi KIM');
      expect(r.problems.join('\n')).toContain(shared);
    });
  }
  it('lets the operator through with --allow-shared', () => {
    expect(checkChange(['content/kim-a/x.md', 'content/kim-b/y.md', 'sites/kim-a/site.yaml'], { allowShared: true }).ok).toBe(true);
  });
});

describe('npm run guard on a real git repository', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Uji', '-c', 'user.email=uji@contoh.id', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
  const write = (cwd: string, file: string, text = 'isi\n') => {
    fs.mkdirSync(path.dirname(path.join(cwd, file)), { recursive: true });
    fs.writeFileSync(path.join(cwd, file), text);
  };

  /** A repo with a main branch, and a feature branch whose commit changes `files`. */
  function repo(files: string[]): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-guard-'));
    dirs.push(dir);
    git(dir, 'init', '-q', '-b', 'main');
    write(dir, 'content/kim-a/berita/lama.md');
    write(dir, 'content/kim-b/berita/lama.md');
    write(dir, 'src/styles/global.css');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'awal');
    git(dir, 'checkout', '-qb', 'cms/berita-kim-a/baru');
    for (const f of files) write(dir, f, `ubah ${f}\n`);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'ubah', '--allow-empty');
    // main moves on after the branch: `base...HEAD` must ignore those commits.
    git(dir, 'checkout', '-q', 'main');
    write(dir, 'content/kim-b/berita/lain.md');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'main maju');
    git(dir, 'checkout', '-q', 'cms/berita-kim-a/baru');
    return dir;
  }

  const guard = (cwd: string, ...args: string[]) =>
    spawnSync(process.execPath, [path.resolve('scripts/guard.ts'), '--base', 'main', ...args], { cwd, encoding: 'utf8' });

  it('lists only the branch’s own changes', () => {
    const dir = repo(['content/kim-a/berita/baru.md']);
    expect(changedFiles('main', dir)).toEqual(['content/kim-a/berita/baru.md']);
  });

  it('passes a member’s change to their own KIM', () => {
    const r = guard(repo(['content/kim-a/berita/baru.md', 'content/kim-a/media/foto.jpg']));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('hanya menyentuh isi kim-a');
  });

  it('fails a change touching two KIMs', () => {
    const r = guard(repo(['content/kim-a/berita/baru.md', 'content/kim-b/berita/lama.md']));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('mengubah isi 2 KIM sekaligus (kim-a, kim-b)');
  });

  it('fails member content mixed with the theme, and passes it with --allow-shared', () => {
    const dir = repo(['content/kim-a/berita/baru.md', 'src/styles/global.css']);
    const r = guard(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('src/styles/global.css');
    expect(guard(dir, '--allow-shared').status).toBe(0);
  });

  it('treats a file moved between KIMs as touching both', () => {
    const dir = repo([]);
    git(dir, 'mv', 'content/kim-b/berita/lama.md', 'content/kim-a/berita/pindahan.md');
    git(dir, 'commit', '-qm', 'pindah');
    expect(guard(dir).status).toBe(1);
  });
});
