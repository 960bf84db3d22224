/** The plan's warning when the repository (or a Pages unit) outgrows its host. */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildPlan } from '../../scripts/lib/deploy/plan.ts';
import { checkRepo, checkUnitGrowth, DEFAULT_REPO_LIMITS, guessRepoHost, measureRepo, monthsUntil } from '../../scripts/lib/deploy/repo-size.ts';
import { dataRoot } from '../../scripts/lib/paths.ts';
import { runScript } from '../helpers/data-root.ts';
import { deployRoot } from '../helpers/deploy-root.ts';

const MB = 1_000_000;
const roots: string[] = [];
afterAll(() => {
  for (const r of roots) fs.rmSync(r, { recursive: true, force: true });
});

const git = (cwd: string, ...args: string[]) => {
  const r = spawnSync('git', ['-c', 'user.name=Uji', '-c', 'user.email=uji@simpul.invalid', ...args], { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
};

/** The demo fleet as a Git repository holding `photoBytes` of (incompressible) photo in content/. */
function repoFixture(photoBytes: number, target?: string): string {
  const r = deployRoot(inject('demoRoot'), inject('demoDist'), { target });
  roots.push(r);
  fs.mkdirSync(path.join(r, 'content', 'kim-argosari', 'media'), { recursive: true });
  fs.writeFileSync(path.join(r, 'content', 'kim-argosari', 'media', 'foto.jpg'), crypto.randomBytes(photoBytes));
  fs.writeFileSync(path.join(r, '.gitignore'), 'dist/\n.simpul/\n');
  git(r, 'init', '-q');
  git(r, 'add', '.');
  git(r, 'commit', '-q', '-m', 'awal');
  return r;
}

describe('repository size against its host', () => {
  it('months until a limit at a yearly growth', () => {
    expect(monthsUntil(500, 1000, 1000)).toBe(6);
    expect(monthsUntil(1000, 1000, 10)).toBe(0);
    expect(monthsUntil(0, 1000, 0)).toBe(Infinity);
  });

  it('says nothing while far from the limits, warns near, over, and when growth reaches one within a year', () => {
    const gh = DEFAULT_REPO_LIMITS.github;
    const slow = { kims: 1, perKimYear: 1 * MB };
    expect(checkRepo({ gitBytes: 100 * MB, contentBytes: 50 * MB }, 'github', gh, slow).warnings).toEqual([]);
    const near = checkRepo({ gitBytes: 850 * MB, contentBytes: 50 * MB }, 'github', gh, slow).warnings;
    expect(near).toHaveLength(1);
    expect(near[0]).toMatch(/^repositori: 810,6 MB \(riwayat Git\), 85% dari anjuran github 953,7 MB\. Jalan keluar: .*docs\/penyimpanan\.md\.$/);
    const over = checkRepo({ gitBytes: 5.5e9, contentBytes: 50 * MB }, 'github', gh, slow).warnings;
    expect(over[0]).toContain('sudah melewati batas keras github');
    // 157 KIMs at 131 MB a year: 500 MB today reaches the 1 GB guidance in under four months.
    const soon = checkRepo({ gitBytes: 500 * MB, contentBytes: 400 * MB }, 'github', gh, { kims: 157, perKimYear: 131 * MB }).warnings;
    expect(soon[0]).toContain(
      'repositori: 476,8 MB (riwayat Git); dengan 157 KIM aktif × ±124,9 MB foto asli per KIM per tahun, anjuran github 953,7 MB tercapai dalam kurang dari sebulan.',
    );
    // 10 KIMs: (1 GB − 500 MB) / 1.31 GB a year = 4.6 months.
    expect(checkRepo({ gitBytes: 500 * MB, contentBytes: 0 }, 'github', gh, { kims: 10, perKimYear: 131 * MB }).warnings[0]).toContain(
      'tercapai dalam ±4 bulan',
    );
    const gl = checkRepo({ gitBytes: 9.5 * 2 ** 30, contentBytes: 0 }, 'gitlab', DEFAULT_REPO_LIMITS.gitlab, slow).warnings;
    expect(gl[0]).toContain('95% dari batas keras gitlab 10.240,0 MB');
  });

  it('a Pages unit that will fill its site within a year is named, with the months', () => {
    expect(checkUnitGrowth('asal', 'github-pages', 100 * MB, 1e9, { kims: 157, perKimYear: 59 * MB })).toMatch(
      /^asal: 95,4 MB sekarang; dengan 157 KIM aktif .* batas github-pages 953,7 MB tercapai dalam ±1 bulan\. Rencanakan situs Pages per kecamatan/,
    );
    expect(checkUnitGrowth('asal', 'github-pages', 100 * MB, 1e9, { kims: 4, perKimYear: 59 * MB })).toBeUndefined();
  });

  it('guesses the Git host from the targets', () => {
    expect(guessRepoHost(['github-pages', 'folder'])).toBe('github');
    expect(guessRepoHost(['gitlab-pages', 'cloudflare-pages'])).toBe('gitlab');
    expect(guessRepoHost(['folder'])).toBe('github');
  });

  it('measures the Git objects and the content of a real repository', () => {
    const r = repoFixture(300_000);
    const size = measureRepo(dataRoot(r));
    // Random bytes do not compress: the pack holds the whole photo.
    expect(size.gitBytes).toBeGreaterThan(300_000);
    expect(size.contentBytes).toBeGreaterThan(300_000);
    expect(size.contentBytes).toBeLessThan(400_000);
  });

  it('the plan and `deploy --dry-run` warn, in Indonesian, on a low-limit fixture; the deploy still goes on', () => {
    const r = repoFixture(300_000);
    const quiet = buildPlan(dataRoot(r));
    expect(quiet.warnings.filter((w) => w.startsWith('repositori'))).toEqual([]);
    const plan = buildPlan(dataRoot(r), { repo: { limits: { max: 200_000, recommended: undefined } } });
    expect(plan.repo.host).toBe('github');
    expect(plan.warnings.join('\n')).toMatch(/repositori: \d+ KB \(riwayat Git\) sudah melewati batas keras github 195 KB/);
    expect(plan.errors).toEqual([]);

    const res = runScript('deploy', ['--root', r, '--dry-run', '--repo-max-mb', '0.2']);
    expect(res.code, res.stdout).toBe(0);
    expect(res.stdout).toMatch(/Peringatan: repositori: \d+ KB \(riwayat Git\) sudah melewati batas keras github 195 KB\. Jalan keluar:/);
    const gl = runScript('deploy', ['--root', r, '--dry-run', '--repo-host', 'gitlab', '--repo-max-mb', '0.45']);
    expect(gl.stdout).toMatch(/Peringatan: repositori: \d+ KB \(riwayat Git\), \d+% dari batas keras gitlab 439 KB/);
    expect(runScript('deploy', ['--root', r, '--dry-run', '--repo-host', 'bitbucket']).stderr).toContain('--repo-host harus salah satu dari github, gitlab');

    // Fast growth: the shared origin is warned about before it is near its limit today.
    const growing = buildPlan(dataRoot(r), { growth: { pages: 1e9 } });
    const u = growing.units.find((x) => x.name === 'kim-lumajang.localhost')!;
    expect(u.warnings.join()).toMatch(
      /dengan 4 KIM aktif × ±953,7 MB keluaran per KIM per tahun, batas github-pages 953,7 MB tercapai dalam ±\d+ bulan|tercapai dalam kurang dari sebulan/,
    );
    expect(u.errors).toEqual([]);
  });
});
