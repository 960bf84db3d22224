/**
 * KIM A (kim-alpha) tries to publish KIM B's (kim-beta) files: symlinks to B's file and
 * folder, a symlink outside the data root, a merge key, custom tags, a fence trick, build
 * markers. `check` must refuse each with file and field; a build must leave A out and B
 * whole; and Astro run on A alone, without the check the build does first, must refuse each
 * too, so nothing of B can appear under A.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAstroChild } from '../../scripts/lib/astro-run.ts';
import { dataRoot, projectRoot } from '../../scripts/lib/paths.ts';
import { reasonOf, sitesNamedIn } from '../../scripts/lib/render.ts';
import { ATTACKS, B_TEXT, OUTSIDE_TEXT, plantBeta, type Attack } from '../helpers/cross-kim.ts';
import { copyFixture, listFiles, runScript, type CliResult } from '../helpers/data-root.ts';

let dir: string;
let check: CliResult;
let build: CliResult;
let firstBuild: CliResult;
/** B's picture as Astro publishes it: its bytes are in B's output, and must not be in A's. */
let betaImages: Buffer[];

const dist = (slug: string) => path.join(dir, 'dist', slug);
const textOf = (slug: string) =>
  listFiles(dist(slug))
    .filter((f) => /\.(html|xml|txt|json|ics)$/.test(f))
    .map((f) => fs.readFileSync(path.join(dist(slug), f), 'utf8'))
    .join('\n');

beforeAll(async () => {
  dir = copyFixture('dua-situs');
  await plantBeta(dir);
  firstBuild = runScript('build', ['--root', dir]);
  betaImages = listFiles(dist('kim-beta'))
    .filter((f) => /rahasia-beta.*\.(png|webp|avif|jpe?g)$/.test(f))
    .map((f) => fs.readFileSync(path.join(dist('kim-beta'), f)));
  for (const attack of ATTACKS) attack.plant(dir);
  check = runScript('check', ['--root', dir]);
  build = runScript('build', ['--root', dir]);
}, 600_000);

describe('KIM A against KIM B', () => {
  it('starts from two good sites, B publishing its own picture', () => {
    expect(firstBuild.code, firstBuild.stdout + firstBuild.stderr).toBe(0);
    expect(textOf('kim-beta')).toContain(B_TEXT);
    expect(betaImages.length).toBeGreaterThan(0);
  });

  it.each(ATTACKS.map((a) => [a.name, a] as const))('check refuses %s, naming file and field', (_, attack: Attack) => {
    expect(check.code).toBe(1);
    const prefix = attack.field ? `✗ ${attack.file} — ${attack.field}: ` : `✗ ${attack.file}: `;
    expect(
      check.stdout.split('\n').some((l) => l.startsWith(prefix)),
      `${prefix}\n${check.stdout}`,
    ).toBe(true);
  });

  it('check still passes B', () => {
    expect(check.stdout).toMatch(/kim-beta\s+\d+\s+baik/);
  });

  it('the build leaves A out, keeps B, and puts nothing of B under A', () => {
    expect(build.code).toBe(1);
    expect(build.stdout).toMatch(/kim-alpha\s+tidak valid/);
    expect(build.stdout).toMatch(/kim-beta\s+(dibangun|tidak berubah)/);
    const alpha = textOf('kim-alpha');
    expect(alpha).toContain('alphaunikberita');
    expect(alpha).not.toContain(B_TEXT);
    expect(alpha).not.toContain('Rahasia Dapur KIM Beta');
    expect(alpha).not.toContain(OUTSIDE_TEXT);
    for (const f of listFiles(dist('kim-alpha'))) {
      const bytes = fs.readFileSync(path.join(dist('kim-alpha'), f));
      expect(
        betaImages.some((b) => b.equals(bytes)),
        f,
      ).toBe(false);
    }
  });
});

/**
 * Astro alone, as if the check had been skipped: each attack in a root of its own, A rendered
 * alone. The loader must refuse the file, and the error must name A's file so the build
 * report sets A aside.
 */
describe('the Astro build without check', () => {
  const results = new Map<string, { ok: boolean; log: string; dir: string }>();

  beforeAll(async () => {
    const run = async (attack: Attack) => {
      const root = copyFixture('dua-situs');
      await plantBeta(root);
      attack.plant(root);
      const outDir = path.join(projectRoot, '.simpul', `astro-out-${process.pid}.kimtest-${ATTACKS.indexOf(attack)}`);
      const res = await runAstroChild({ root: dataRoot(root), render: ['kim-alpha'], load: ['kim-alpha'], outDir });
      const published = fs.existsSync(path.join(outDir, 'kim-alpha'))
        ? listFiles(path.join(outDir, 'kim-alpha'))
            .map((f) => fs.readFileSync(path.join(outDir, 'kim-alpha', f), 'latin1'))
            .join('\n')
        : '';
      fs.rmSync(outDir, { recursive: true, force: true });
      results.set(attack.name, { ...res, dir: root, log: `${res.log}\n${published.includes(B_TEXT) ? 'B_PUBLISHED' : ''}` });
    };
    // Two at a time: the machine is shared.
    for (let i = 0; i < ATTACKS.length; i += 2) await Promise.all(ATTACKS.slice(i, i + 2).map(run));
  }, 900_000);

  it.each(ATTACKS.map((a) => [a.name, a] as const))('refuses %s', (_, attack: Attack) => {
    const res = results.get(attack.name)!;
    expect(res.ok, res.log.slice(-3000)).toBe(false);
    expect(res.log).not.toContain('B_PUBLISHED');
    const reason = reasonOf(res.log, dataRoot(res.dir));
    expect(reason).toMatch(/^Konten(Ditolak|GagalDirender): /);
    // The message names A's file, so the build sets A aside and builds the others.
    const named = attack.file.startsWith('content/kim-alpha/media/') ? 'content/kim-alpha/' : attack.file;
    expect(res.log).toContain(named);
    expect(sitesNamedIn(res.log, ['kim-alpha', 'kim-beta'], { loadFor: (s) => [s] })).toEqual(['kim-alpha']);
  });
});
