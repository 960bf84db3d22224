import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { authorFromEnv, changedFiles, checkChange, classify, isLookalike, type Access } from '../../scripts/lib/cms/guard.ts';

describe('classify', () => {
  it('sorts paths into KIM content and shared files', () => {
    const { bySlug, shared } = classify([
      'content/kim-a/berita/x.md',
      'content/kim-a/media/y.jpg',
      'sites/kim-a/site.yaml',
      'src/styles/global.css',
      'content/README.md',
    ]);
    expect([...bySlug.keys()]).toEqual(['kim-a']);
    expect(shared).toEqual(['sites/kim-a/site.yaml', 'src/styles/global.css', 'content/README.md']);
  });
  it('does not count a path that climbs out of the KIM folder as its content', () => {
    expect(classify(['content/kim-a/../../scripts/x.ts']).shared).toHaveLength(1);
  });
});

/** kim-a is edited by "ani", kim-b by "budi"; "opi" is an operator. */
const access: Access = {
  operators: ['opi'],
  editors: (slug) => ({ 'kim-a': ['ani'], 'kim-b': ['budi', 'Bersama'] })[slug],
};

describe('checkChange', () => {
  it('passes a change to one KIM’s content by one of its editors', () => {
    expect(checkChange(['content/kim-a/berita/x.md', 'content/kim-a/media/x.jpg'], { author: 'ani', access }).ok).toBe(true);
    // Usernames are case-insensitive on GitHub and GitLab.
    expect(checkChange(['content/kim-b/berita/x.md'], { author: 'bersama', access }).ok).toBe(true);
  });
  it('fails a member’s change to a KIM that does not list them', () => {
    const r = checkChange(['content/kim-b/berita/x.md'], { author: 'ani', access });
    expect(r.ok).toBe(false);
    expect(r.problems.join('\n')).toContain('"ani" bukan editor KIM kim-b');
  });
  it('fails content for a KIM the base does not have', () => {
    expect(checkChange(['content/kim-baru/berita/x.md'], { author: 'ani', access }).problems.join('\n')).toContain('KIM "kim-baru" tidak ada');
  });
  it('fails a change whose author is unknown', () => {
    const r = checkChange(['content/kim-a/berita/x.md'], { access });
    expect(r.ok).toBe(false);
    expect(r.problems.join('\n')).toContain('Penulis perubahan tidak diketahui');
  });
  it('passes shared files (theme, scripts) only for an operator', () => {
    expect(checkChange(['src/styles/global.css', 'scripts/build.ts'], { author: 'opi', access }).ok).toBe(true);
    expect(checkChange(['src/styles/global.css', 'scripts/build.ts'], { author: 'OPI', access }).ok).toBe(true);
    for (const f of [
      'src/styles/global.css',
      'scripts/build.ts',
      'package.json',
      'sites/kim-a/site.yaml',
      'sites/_fleet.yaml',
      '.github/workflows/guard.yml',
      '.gitlab-ci.yml',
      'content/README.md',
    ]) {
      const r = checkChange([f], { author: 'ani', access });
      expect(r.ok, f).toBe(false);
      expect(r.problems.join('\n')).toContain('hanya boleh diubah operator');
    }
  });
  it('fails a change to two KIMs, in Indonesian, even by an editor of both', () => {
    const both: Access = { operators: [], editors: () => ['ani'] };
    const r = checkChange(['content/kim-a/berita/x.md', 'content/kim-b/berita/y.md'], { author: 'ani', access: both });
    expect(r.ok).toBe(false);
    expect(r.problems.join('\n')).toContain('Satu perubahan hanya boleh mengubah isi satu KIM');
  });
  for (const shared of ['src/styles/global.css', 'scripts/build.ts', 'sites/kim-a/site.yaml']) {
    it(`fails KIM content mixed with ${shared}`, () => {
      const r = checkChange(['content/kim-a/berita/x.md', shared], { author: 'ani', access });
      expect(r.ok).toBe(false);
      expect(r.problems.join('\n')).toContain('mencampur isi KIM');
      expect(r.problems.join('\n')).toContain(shared);
    });
  }
  it('fails symlinks and submodules in a member’s change, added or replaced', () => {
    for (const [oldMode, newMode] of [
      ['000000', '120000'],
      ['100644', '120000'],
      ['000000', '160000'],
      ['120000', '000000'],
    ]) {
      const r = checkChange([{ path: 'content/kim-a/media/x.jpg', oldMode, newMode }], { author: 'ani', access });
      expect(r.ok, `${oldMode} ${newMode}`).toBe(false);
      expect(r.problems.join('\n')).toContain('symlink');
    }
  });
  const LOOKALIKES = [
    'Content/kim-a/berita/x.md',
    'CONTENT/kim-a/berita/x.md',
    '\uff43\uff4f\uff4e\uff54\uff45\uff4e\uff54/kim-a/berita/x.md', // fullwidth
    'content\u200b/kim-a/berita/x.md', // zero-width space
    'content/kim-\u0430lpha/berita/x.md', // Cyrillic a in the slug
    'content/kim-a\u0301/berita/x.md', // NFD accent on the slug
    'content/Kim-A/berita/x.md',
  ];
  for (const f of LOOKALIKES) {
    it(`fails the look-alike path ${JSON.stringify(f)}`, () => {
      expect(isLookalike(f)).toBe(true);
      const lookalikeAccess: Access = { operators: [], editors: () => ['ani'] };
      const r = checkChange([f], { author: 'ani', access: lookalikeAccess });
      expect(r.ok).toBe(false);
      expect(r.problems.join('\n')).toContain('hanya mirip content/');
    });
  }
  it('lets an operator change anything, and a local --allow-shared run through', () => {
    expect(checkChange(['content/kim-a/x.md', 'content/kim-b/y.md', 'sites/kim-a/site.yaml'], { author: 'opi', access }).ok).toBe(true);
    expect(checkChange(['content/kim-a/x.md', 'content/kim-b/y.md', 'sites/kim-a/site.yaml'], { allowShared: true }).ok).toBe(true);
  });
});

describe('authorFromEnv', () => {
  it('reads the pull request’s opener on GitHub and the pipeline user of a GitLab merge request', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-event-')), 'event.json');
    fs.writeFileSync(file, JSON.stringify({ pull_request: { user: { login: 'ani' } }, sender: { login: 'opi' } }));
    expect(authorFromEnv({ GITHUB_EVENT_PATH: file })).toBe('ani');
    expect(authorFromEnv({ GITLAB_CI: 'true', CI_PIPELINE_SOURCE: 'merge_request_event', GITLAB_USER_LOGIN: 'budi' })).toBe('budi');
    expect(authorFromEnv({ GITLAB_CI: 'true', CI_PIPELINE_SOURCE: 'push', GITLAB_USER_LOGIN: 'budi' })).toBeUndefined();
    expect(authorFromEnv({})).toBeUndefined();
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
    write(dir, 'sites/_fleet.yaml', 'operator: [opi]\n');
    write(dir, 'sites/kim-a/site.yaml', 'slug: kim-a\neditor: [ani]\n');
    write(dir, 'sites/kim-b/site.yaml', 'slug: kim-b\neditor: [budi]\n');
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

  /** `npm run guard` as a local run (no CI variables), by "ani" unless told otherwise. */
  const guard = (cwd: string, ...args: string[]) => {
    const env = { ...process.env };
    for (const k of ['CI', 'GITHUB_EVENT_PATH', 'GITLAB_CI', 'CI_PIPELINE_SOURCE', 'GITLAB_USER_LOGIN']) delete env[k];
    const author = args.includes('--author') ? [] : ['--author', 'ani'];
    return spawnSync(process.execPath, [path.resolve('scripts/guard.ts'), '--base', 'main', ...author, ...args], { cwd, encoding: 'utf8', env });
  };

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
  it('fails a member’s symlink and submodule, committed with modes 120000 and 160000', () => {
    const link = repo([]);
    fs.symlinkSync('../../kim-b/berita/lama.md', path.join(link, 'content/kim-a/berita/curi.md'));
    git(link, 'add', '-A');
    git(link, 'commit', '-qm', 'symlink');
    expect(git(link, 'ls-files', '-s', 'content/kim-a/berita/curi.md')).toMatch(/^120000 /);
    const r1 = guard(link);
    expect(r1.status).toBe(1);
    expect(r1.stderr).toContain('content/kim-a/berita/curi.md');
    expect(r1.stderr).toContain('symlink');

    const sub = repo([]);
    const commit = git(sub, 'rev-parse', 'HEAD').trim();
    git(sub, 'update-index', '--add', '--cacheinfo', `160000,${commit},content/kim-a/media/modul`);
    git(sub, 'commit', '-qm', 'submodule');
    const r2 = guard(sub);
    expect(r2.status).toBe(1);
    expect(r2.stderr).toContain('content/kim-a/media/modul');
    expect(r2.stderr).toContain('submodule');
    // An operator may (the operator's own review is the check there).
    expect(guard(sub, '--author', 'opi').status).toBe(0);
  });

  for (const f of ['Content/kim-b/berita/lama.md', '\uff43ontent/kim-a/berita/x.md', 'content/kim-a\u0301/berita/x.md', 'cont\u0435nt/kim-a/berita/x.md']) {
    it(`fails the committed look-alike path ${JSON.stringify(f)}`, () => {
      const r = guard(repo([f]));
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/hanya mirip content\/|hanya boleh diubah operator/);
    });
  }

  it('fails a member’s change to another KIM, and passes that KIM’s own editor', () => {
    const dir = repo(['content/kim-b/berita/lama.md']);
    const r = guard(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('"ani" bukan editor KIM kim-b');
    expect(guard(dir, '--author', 'budi').status).toBe(0);
  });

  it('fails shared files by a member, and passes them for an operator', () => {
    for (const f of ['src/styles/global.css', 'package.json', 'scripts/guard.ts', '.github/workflows/guard.yml', '.gitlab-ci.yml', 'sites/kim-b/site.yaml']) {
      const dir = repo([f]);
      const r = guard(dir);
      expect(r.status, f).toBe(1);
      expect(r.stderr).toContain('hanya boleh diubah operator');
      expect(guard(dir, '--author', 'opi').status, f).toBe(0);
    }
  });

  it('reads editors and operators from the base, not from the change', () => {
    // The member adds themself to kim-b's editors and to the operators, and edits kim-b.
    const dir = repo([]);
    write(dir, 'sites/kim-b/site.yaml', 'slug: kim-b\neditor: [budi, ani]\n');
    write(dir, 'sites/_fleet.yaml', 'operator: [opi, ani]\n');
    write(dir, 'content/kim-b/berita/rebut.md');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'rebut');
    const r = guard(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('bukan operator');
    expect(r.stderr).toContain('"ani" bukan editor KIM kim-b');
  });

  it('checks a head commit that is not checked out (run from the base checkout)', () => {
    const dir = repo(['content/kim-b/berita/lama.md']);
    const head = git(dir, 'rev-parse', 'HEAD').trim();
    git(dir, 'checkout', '-q', 'main');
    const r = guard(dir, '--head', head);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('bukan editor KIM kim-b');
    expect(guard(dir, '--head', head, '--author', 'budi').status).toBe(0);
  });

  it('takes the author from the GitHub event, and refuses --allow-shared in CI', () => {
    const dir = repo(['content/kim-a/berita/baru.md']);
    const event = path.join(dir, '..', `event-${path.basename(dir)}.json`);
    fs.writeFileSync(event, JSON.stringify({ pull_request: { user: { login: 'budi' } } }));
    dirs.push(event);
    const run = (env: Record<string, string>, ...args: string[]) =>
      spawnSync(process.execPath, [path.resolve('scripts/guard.ts'), '--base', 'main', ...args], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, ...env },
      });
    const r = run({ CI: 'true', GITHUB_EVENT_PATH: event });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('"budi" bukan editor KIM kim-a');
    fs.writeFileSync(event, JSON.stringify({ pull_request: { user: { login: 'ani' } } }));
    expect(run({ CI: 'true', GITHUB_EVENT_PATH: event }).status).toBe(0);
    const shared = run({ CI: 'true', GITHUB_EVENT_PATH: event }, '--allow-shared');
    expect(shared.status).toBe(2);
    expect(shared.stderr).toContain('tidak di CI');
  });

  it('stops on a broken fleet file instead of passing', () => {
    const dir = repo(['content/kim-a/berita/baru.md']);
    git(dir, 'checkout', '-q', 'main');
    write(dir, 'sites/_fleet.yaml', 'operator: budi\n');
    git(dir, 'commit', '-qam', 'rusak');
    const r = guard(dir, '--head', 'cms/berita-kim-a/baru');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('sites/_fleet.yaml tidak valid');
  });
});
