/**
 * Where the data root may live: on another file system than the project (a mounted data
 * disk, or /tmp on tmpfs as many systems have it), and two builds of different roots at once.
 * Astro stages its prerender bundle in the working folder when its output is elsewhere and
 * renames from there, which once failed with EXDEV and let parallel builds share the stage.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAlive } from '../../scripts/lib/lock.ts';
import { projectRoot } from '../../scripts/lib/paths.ts';
import { copyFixture, runScriptAsync, type CliResult } from '../helpers/data-root.ts';

const MEMORY_FS = '/dev/shm';
let onOtherDisk: string;
let onTmp: string;
let results: CliResult[];

beforeAll(async () => {
  onOtherDisk = copyFixture('dua-situs', MEMORY_FS);
  onTmp = copyFixture('dua-situs');
  results = await Promise.all([runScriptAsync('build', ['--root', onOtherDisk]), runScriptAsync('build', ['--root', onTmp])]);
});

afterAll(() => {
  for (const d of [onOtherDisk, onTmp]) fs.rmSync(d, { recursive: true, force: true });
});

describe('data roots', () => {
  it('builds a root on another file system than the project', () => {
    expect(fs.statSync(onOtherDisk).dev, `${MEMORY_FS} must be its own file system here`).not.toBe(fs.statSync(projectRoot).dev);
    expect(results[0]!.code, results[0]!.stdout + results[0]!.stderr).toBe(0);
    for (const slug of ['kim-alpha', 'kim-beta']) expect(fs.existsSync(path.join(onOtherDisk, 'dist', slug, 'index.html')), slug).toBe(true);
  });

  it('builds two roots at the same time, each into its own dist', () => {
    expect(results[1]!.code, results[1]!.stdout + results[1]!.stderr).toBe(0);
    // Each got through in one build: neither broke the other's and fell back to site by site.
    for (const r of results) expect(r.stdout).not.toMatch(/gagal|membangun ulang/);
    expect(fs.readFileSync(path.join(onTmp, 'dist', 'kim-alpha', 'index.html'), 'utf8')).toContain('KIM Alpha');
  });

  it('leaves no scratch output in the project once a build has ended', () => {
    const scratch = path.join(projectRoot, '.simpul');
    // Only folders of builds still running (another process on this machine) may remain.
    const left = (fs.existsSync(scratch) ? fs.readdirSync(scratch) : []).filter((n) => {
      const pid = Number(/^astro-out-(\d+)/.exec(n)?.[1]);
      return pid > 0 && !isAlive(pid);
    });
    expect(left).toEqual([]);
  });
});
