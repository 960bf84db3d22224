/**
 * The targets through the CLI on the demo fleet: Pages artifacts, Cloudflare through a
 * stand-in `wrangler` on PATH (Cloudflare itself is unreachable here), one failing unit not
 * stopping the others.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { runScript } from '../helpers/data-root.ts';
import { deployRoot } from '../helpers/deploy-root.ts';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) fs.rmSync(r, { recursive: true, force: true });
});
function make(target?: string): string {
  const r = deployRoot(inject('demoRoot'), inject('demoDist'), { target });
  roots.push(r);
  return r;
}

/** A `wrangler` that records its arguments and which credentials it saw (never their values). */
function fakeWrangler(root: string, code = 0): { bin: string; calls: () => string[] } {
  const bin = path.join(root, 'bin');
  const log = path.join(root, 'wrangler-calls.txt');
  fs.mkdirSync(bin, { recursive: true });
  fs.writeFileSync(
    path.join(bin, 'wrangler'),
    `#!/bin/sh\necho "$* | token=\${CLOUDFLARE_API_TOKEN:+ada} akun=\${CLOUDFLARE_ACCOUNT_ID:+ada} | $(ls "$3" 2>/dev/null | sort | tr '\\n' ' ')" >> ${log}\necho "Uploading... token $CLOUDFLARE_API_TOKEN"\nexit ${code}\n`,
    { mode: 0o755 },
  );
  return { bin, calls: () => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n') : []) };
}

const SECRET = 'rahasia-token-0123456789';
const env = (bin: string) => ({ PATH: `${bin}:${process.env.PATH}`, CLOUDFLARE_API_TOKEN: SECRET, CLOUDFLARE_ACCOUNT_ID: 'akun-42' });

describe('github-pages and gitlab-pages: the artifact folder', () => {
  it('--target github-pages --site … --out _site writes that origin’s complete artifact', () => {
    const root = make();
    const out = path.join(root, '_site');
    const res = runScript('deploy', ['--root', root, '--target', 'github-pages', '--site', 'kim-argosari', '--out', out]);
    expect(res.code, res.stdout + res.stderr).toBe(0);
    for (const f of [
      'index.html',
      '404.html',
      'robots.txt',
      'sitemap-index.xml',
      '_simpul/404.js',
      '_simpul/decap/decap-cms.js',
      'kim-argosari/index.html',
      'kim-ranupani/berita/index.html',
      'forum-kim-senduro/index.html',
    ]) {
      expect(fs.existsSync(path.join(out, f)), f).toBe(true);
    }
    expect(fs.existsSync(path.join(out, 'kim-mekar-sari'))).toBe(false);
    expect(res.stdout).toMatch(/kim-lumajang\.localhost\s+4\s+\d+/);
  });

  it('with two origins of one kind and no --out, each goes to .simpul/deploy/<unit>/', () => {
    const root = make('gitlab-pages');
    const res = runScript('deploy', ['--root', root, '--target', 'gitlab-pages']);
    expect(res.code, res.stdout).toBe(0);
    for (const u of ['kim-lumajang.localhost', 'diskominfo-makassar.localhost', 'kim-ngudi-rahayu', 'kim-tablanusu']) {
      expect(fs.existsSync(path.join(root, '.simpul/deploy', u, 'index.html')), u).toBe(true);
    }
  });
});

describe('cloudflare-pages', () => {
  it('runs exactly `wrangler pages deploy <dir> --project-name <proyek> --branch main`, credentials from env only', () => {
    const root = make();
    const w = fakeWrangler(root);
    const res = runScript('deploy', ['--root', root, '--target', 'cloudflare-pages'], { env: env(w.bin) });
    expect(res.code, res.stdout + res.stderr).toBe(0);
    const dir = path.join(root, '.simpul/deploy/kim-tablanusu');
    expect(w.calls()).toHaveLength(1);
    expect(w.calls()[0]).toMatch(
      new RegExp(`^pages deploy ${dir} --project-name kim-tablanusu --branch main \\| token=ada akun=ada \\| .*_headers .*index\\.html`),
    );
    // Never in the output, the plan or any file we write.
    expect(res.stdout + res.stderr).not.toContain(SECRET);
    const written = fs.readdirSync(path.join(root, '.simpul'), { recursive: true }) as string[];
    for (const f of written) {
      const p = path.join(root, '.simpul', f);
      if (fs.statSync(p).isFile() && fs.statSync(p).size < 5_000_000) expect(fs.readFileSync(p, 'utf8').includes(SECRET), f).toBe(false);
    }
    expect(fs.readFileSync(path.join(dir, '_headers'), 'utf8')).toContain(
      "/admin/*\n  ! Content-Security-Policy\n  Content-Security-Policy: default-src 'self'",
    );

    // Unchanged since the last successful deploy: not uploaded again.
    const again = runScript('deploy', ['--root', root, '--target', 'cloudflare-pages'], { env: env(w.bin) });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('tidak berubah, tidak diunggah');
    expect(w.calls()).toHaveLength(1);
  });

  it('a failing upload is not recorded, is retried next time, and says what wrangler said without the token', () => {
    const root = make();
    const w = fakeWrangler(root, 1);
    const res = runScript('deploy', ['--root', root, '--target', 'cloudflare-pages'], { env: env(w.bin) });
    expect(res.code).toBe(1);
    expect(res.stdout).toContain('gagal: wrangler gagal (kode 1): Uploading... token [CLOUDFLARE_API_TOKEN]');
    expect(res.stdout).not.toContain(SECRET);
    runScript('deploy', ['--root', root, '--target', 'cloudflare-pages'], { env: env(w.bin) });
    expect(w.calls()).toHaveLength(2);
  });

  it('missing credentials fail that unit only; the other units still deploy; exit 1', () => {
    const root = make();
    const res = runScript('deploy', ['--root', root, '--out', path.join(root, 'keluar')], { env: { CLOUDFLARE_API_TOKEN: '', CLOUDFLARE_ACCOUNT_ID: '' } });
    expect(res.code).toBe(1);
    expect(res.stdout).toContain('CLOUDFLARE_API_TOKEN dan CLOUDFLARE_ACCOUNT_ID belum diisi');
    expect(res.stdout).toMatch(/1 unit gagal atau ditolak; unit lain tetap dipasang/);
    expect(fs.existsSync(path.join(root, 'keluar/kim-lumajang.localhost/index.html'))).toBe(true);
    expect(fs.existsSync(path.join(root, 'keluar/kim-ngudi-rahayu/current/index.html'))).toBe(true);
  });

  it('--prune deletes an archived KIM’s project with exactly `wrangler pages project delete <proyek> --yes`', () => {
    const root = make();
    const w = fakeWrangler(root);
    expect(runScript('deploy', ['--root', root, '--target', 'cloudflare-pages'], { env: env(w.bin) }).code).toBe(0);
    fs.appendFileSync(path.join(root, 'sites', 'kim-tablanusu', 'site.yaml'), 'diarsipkan: true\n');
    const without = runScript('deploy', ['--root', root, '--target', 'cloudflare-pages'], { env: env(w.bin) });
    expect(without.stdout).toContain('kim-tablanusu: semua KIM-nya diarsipkan; tidak dipasang lagi, tetapi berkas live-nya tetap sampai --prune');
    const dry = runScript('deploy', ['--root', root, '--target', 'cloudflare-pages', '--prune', '--dry-run'], { env: env(w.bin) });
    expect(dry.code, dry.stdout).toBe(0);
    expect(dry.stdout).toContain(
      'Akan dihapus (--prune, kim-tablanusu, semua KIM-nya diarsipkan):\n  - proyek Cloudflare Pages "kim-tablanusu" (https://kim-tablanusu.localhost/), dengan: wrangler pages project delete kim-tablanusu --yes',
    );
    expect(w.calls()).toHaveLength(1);
    const res = runScript('deploy', ['--root', root, '--target', 'cloudflare-pages', '--prune'], { env: env(w.bin) });
    expect(res.code, res.stdout + res.stderr).toBe(0);
    expect(w.calls()).toHaveLength(2);
    expect(w.calls()[1]).toMatch(/^pages project delete kim-tablanusu --yes \| token=ada akun=ada \|/);
    expect(res.stdout).toContain('kim-tablanusu: proyek kim-tablanusu dihapus dari Cloudflare');
    expect(res.stdout + res.stderr).not.toContain(SECRET);
    const state = JSON.parse(fs.readFileSync(path.join(root, '.simpul/deploy/state.json'), 'utf8'));
    expect(Object.keys(state.units)).not.toContain('kim-tablanusu');
  });

  it('a failing project delete is reported without the token, exit 1', () => {
    const root = make();
    const w = fakeWrangler(root, 1);
    fs.appendFileSync(path.join(root, 'sites', 'kim-tablanusu', 'site.yaml'), 'diarsipkan: true\n');
    const res = runScript('deploy', ['--root', root, '--target', 'cloudflare-pages', '--prune'], { env: env(w.bin) });
    expect(res.code).toBe(1);
    expect(res.stdout).toContain('kim-tablanusu: gagal menghapus: wrangler gagal (kode 1): Uploading... token [CLOUDFLARE_API_TOKEN]');
    expect(res.stdout).not.toContain(SECRET);
  });

  it('--dry-run prints the plan and changes nothing', () => {
    const root = make();
    const w = fakeWrangler(root);
    const res = runScript('deploy', ['--root', root, '--dry-run'], { env: env(w.bin) });
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(
      /kim-lumajang\.localhost\s+github-pages\s+forum-kim-senduro, kim-argosari, kim-ranupani, portal-kim-lumajang\s+\d+\s+[\d,]+ MB\s+belum pernah dipasang/,
    );
    expect(w.calls()).toEqual([]);
    expect(fs.existsSync(path.join(root, '.simpul'))).toBe(false);
  });
});
