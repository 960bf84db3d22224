/**
 * An interrupted build heals itself: the build is killed (SIGKILL) while rendering, after
 * packaging one site, and after one post-step (search or CMS); the next plain build must
 * leave every site complete (pages, search index, admin page) and no scratch behind.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeDeadScratch } from '../../scripts/lib/package.ts';
import { projectRoot } from '../../scripts/lib/paths.ts';
import { COMPLETE_SITE_FILES, isComplete } from '../../scripts/lib/state.ts';
import { copyFixture, runScript } from '../helpers/data-root.ts';

const SITES = ['kim-alpha', 'kim-beta'];
const scratchIn = (dist: string) =>
  [dist, ...SITES.map((s) => path.join(dist, s))]
    .filter((d) => fs.existsSync(d))
    .flatMap((d) =>
      fs
        .readdirSync(d)
        .filter((n) => /^\.staging-|\.old-\d+$|^\.pagefind-/.test(n))
        .map((n) => path.join(d, n)),
    );

describe('an interrupted build', () => {
  for (const point of ['render', 'package', 'post-steps']) {
    it(`killed at ${point}: the next build completes every site and clears the scratch`, () => {
      const dir = copyFixture('dua-situs');
      const dist = path.join(dir, 'dist');
      expect(runScript('build', ['--root', dir]).code).toBe(0);
      // kim-beta changes, kim-alpha does not; a forced rebuild of both is killed at `point`.
      // (kim-alpha's inputs then match the last finished build, but its output may not.)
      fs.appendFileSync(path.join(dir, 'content/kim-beta/halaman/profil.md'), `\nPerubahan ${point}.\n`);
      // Scratch a dead build would leave (pid 2^22-1 is above Linux's pid_max default).
      fs.mkdirSync(path.join(dist, '.staging-kim-alpha-4194303'), { recursive: true });
      fs.mkdirSync(path.join(dist, 'kim-beta', '.pagefind-4194303'), { recursive: true });
      const killed = runScript('build', ['--root', dir, '--force'], { env: { SIMPUL_KILL_AT: point } });
      expect(killed.code, killed.stdout).not.toBe(0);

      const again = runScript('build', ['--root', dir]);
      expect(again.code, again.stdout + again.stderr).toBe(0);
      for (const s of SITES) {
        expect(isComplete(path.join(dist, s)), `${s}: ${COMPLETE_SITE_FILES.join(', ')}`).toBe(true);
      }
      expect(fs.readFileSync(path.join(dist, 'kim-beta/profil/index.html'), 'utf8')).toContain(`Perubahan ${point}.`);
      expect(scratchIn(dist)).toEqual([]);
    });
  }

  it('leaves the scratch of a live build alone', () => {
    const dist = fs.mkdtempSync(path.join(projectRoot, '.simpul-scratch-'));
    try {
      const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
      const mine = path.join(dist, `.staging-kim-a-${live.pid}`);
      const dead = path.join(dist, '.staging-kim-a-4194303');
      const deadOld = path.join(dist, 'kim-a.old-4194303');
      for (const d of [mine, dead, deadOld, path.join(dist, 'kim-a')]) fs.mkdirSync(d);
      fs.mkdirSync(path.join(dist, 'kim-a', '.pagefind-4194303'));
      removeDeadScratch(dist);
      live.kill();
      expect(fs.readdirSync(dist).sort()).toEqual([path.basename(mine), 'kim-a'].sort());
      expect(fs.readdirSync(path.join(dist, 'kim-a'))).toEqual([]);
    } finally {
      fs.rmSync(dist, { recursive: true, force: true });
    }
  });
});
