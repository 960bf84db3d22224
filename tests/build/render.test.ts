/**
 * The render stage's recovery: which sites an Astro error names, what the operator is told,
 * and which builds run after a failure. The retry tests stand in for Astro with builders
 * that fail on cue; the error texts are the ones Astro 7 prints.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AstroJob } from '../../scripts/lib/astro-run.ts';
import { dataRoot, projectRoot } from '../../scripts/lib/paths.ts';
import { reasonOf, renderSites, sitesNamedIn, type Builders } from '../../scripts/lib/render.ts';

const root = dataRoot('/tmp/simpul-data');
const solo = { loadFor: (s: string) => [s] };
const withForum = { loadFor: (s: string) => (s === 'forum-x' ? ['forum-x', 'kim-a'] : [s]) };

const IMAGE_METADATA = `Build failed with 1 error:

[plugin astro:assets:esm]
NoImageMetadata: Could not process image metadata for \`/tmp/simpul-data/content/kim-a/media/jalan.jpg\`.
    at imageMetadata (file:///work/main/node_modules/astro/dist/assets/utils/metadata.js:8:11)`;
const PAGE_ERROR = `08:43:54 [ERROR] [build] Caught error rendering /kim-b/berita/kategori/pembangunan/: LocalImageUsedWrongly: \`Image\`'s src must be an imported image.
    at verifyOptions (file:///work/main/.simpul/astro-out-1/.prerender/chunks/assets.mjs:1109:108)`;
const IMAGE_NOT_FOUND = `\x1b[31m[ImageNotFound]\x1b[39m Could not find requested image \`../media/x.jpg\`. Does it exist?
  Error reference:
    https://docs.astro.build/en/reference/errors/image-not-found/`;

describe('sitesNamedIn', () => {
  it('names the site of a broken content file', () => {
    expect(sitesNamedIn(IMAGE_METADATA, ['kim-a', 'kim-ab', 'kim-b'], solo)).toEqual(['kim-a']);
  });

  it('names the site of a page that failed to render', () => {
    expect(sitesNamedIn(PAGE_ERROR, ['kim-a', 'kim-b'], solo)).toEqual(['kim-b']);
  });

  it('names a forum along with its member whose content is broken', () => {
    expect(sitesNamedIn(IMAGE_METADATA, ['forum-x', 'kim-a', 'kim-c'], withForum)).toEqual(['forum-x', 'kim-a']);
  });

  it('names nobody when the error has no site in it', () => {
    expect(sitesNamedIn(IMAGE_NOT_FOUND, ['kim-a', 'kim-b'], solo)).toEqual([]);
  });
});

describe('reasonOf', () => {
  it('gives Astro’s own error line, with paths relative to the data root', () => {
    expect(reasonOf(IMAGE_METADATA, root)).toBe('NoImageMetadata: Could not process image metadata for `content/kim-a/media/jalan.jpg`.');
    expect(reasonOf(IMAGE_NOT_FOUND, root)).toBe('[ImageNotFound] Could not find requested image `../media/x.jpg`. Does it exist?');
  });

  it('falls back to a line that mentions an error', () => {
    expect(reasonOf(PAGE_ERROR, root)).toMatch(/^08:43:54 \[ERROR\] \[build\] Caught error rendering \/kim-b\//);
    expect(reasonOf(`boom\n    at x (${projectRoot}/a.js:1:1)`, root)).toBe('at x (a.js:1:1)');
  });
});

/** Builders that fail whenever a job renders one of `bad`, printing `errorFor(site)`. */
function fakeAstro(bad: string[], errorFor: (slug: string) => string) {
  const jobs: string[][] = [];
  const fail = (job: AstroJob) => job.render.find((s) => bad.includes(s));
  const builders: Builders = {
    async inProcess(job) {
      jobs.push(job.render);
      const b = fail(job);
      return b ? errorFor(b) : undefined;
    },
    async child(job) {
      jobs.push(job.render);
      const b = fail(job);
      return { ok: !b, log: b ? errorFor(b) : '' };
    },
  };
  return { builders, jobs };
}

const sites = ['kim-a', 'kim-b', 'kim-c', 'kim-d', 'kim-e'];
/** A lock of the test's own, so a real build elsewhere on the machine cannot make it wait. */
const lockFile = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-render-lock-')), 'render.lock');
const quiet = () => {};

describe('renderSites', () => {
  it('renders everything in one build when nothing fails', async () => {
    const { builders, jobs } = fakeAstro([], () => '');
    const res = await renderSites({ root, sites, ...solo, log: quiet, builders, lockFile: lockFile() });
    expect(jobs).toEqual([sites]);
    expect(res.groups.map((g) => g.slugs)).toEqual([sites]);
    expect(res.failed.size).toBe(0);
  });

  it('sets aside the site an error names and builds the rest once more', async () => {
    const { builders, jobs } = fakeAstro(
      ['kim-c'],
      (s) => `NoImageMetadata: Could not process image metadata for \`/tmp/simpul-data/content/${s}/media/a.jpg\`.`,
    );
    const lines: string[] = [];
    const res = await renderSites({ root, sites, ...solo, log: (l) => lines.push(l), builders, lockFile: lockFile() });
    expect(jobs).toEqual([sites, ['kim-a', 'kim-b', 'kim-d', 'kim-e']]);
    expect(res.groups.map((g) => g.slugs)).toEqual([['kim-a', 'kim-b', 'kim-d', 'kim-e']]);
    expect([...res.failed]).toEqual([['kim-c', 'NoImageMetadata: Could not process image metadata for `content/kim-c/media/a.jpg`.']]);
    expect(lines).toContain('  membangun ulang 4 situs lain tanpa situs tersebut…');
  });

  it('builds one site at a time when the error names no site', async () => {
    const { builders, jobs } = fakeAstro(['kim-b'], () => '[ImageNotFound] Could not find requested image `../media/x.jpg`.');
    const res = await renderSites({ root, sites, ...solo, log: quiet, builders, lockFile: lockFile() });
    expect(jobs).toEqual([sites, ...sites.map((s) => [s])]);
    expect(res.groups.flatMap((g) => g.slugs)).toEqual(['kim-a', 'kim-c', 'kim-d', 'kim-e']);
    expect([...res.failed.keys()]).toEqual(['kim-b']);
  });

  it('stops trying when the first sites and the last one all fail alike: that is the theme or the machine', async () => {
    const { builders, jobs } = fakeAstro(sites, () => 'Error: ENOSPC: no space left on device');
    const lines: string[] = [];
    const res = await renderSites({ root, sites, ...solo, log: (l) => lines.push(l), builders, lockFile: lockFile() });
    expect(jobs).toEqual([sites, ['kim-a'], ['kim-b'], ['kim-c'], ['kim-e']]);
    expect(res.groups).toEqual([]);
    expect(res.failed.get('kim-a')).toBe('Error: ENOSPC: no space left on device');
    expect(res.failed.get('kim-d')).toBe('tidak dicoba: Error: ENOSPC: no space left on device');
    expect(lines.at(-1)).toContain(
      '4 situs gagal dengan kesalahan yang sama: kemungkinan masalah tema atau lingkungan, bukan isi situs. 1 situs lain tidak dicoba.',
    );
  });

  it('goes on when the first sites share a broken file but the last one builds', async () => {
    const { builders, jobs } = fakeAstro(['kim-a', 'kim-b', 'kim-c'], () => '[ImageNotFound] Could not find requested image `../media/foto.jpg`.');
    const res = await renderSites({ root, sites, ...solo, log: quiet, builders, lockFile: lockFile() });
    expect(jobs).toEqual([sites, ['kim-a'], ['kim-b'], ['kim-c'], ['kim-e'], ['kim-d']]);
    expect(res.groups.flatMap((g) => g.slugs)).toEqual(['kim-e', 'kim-d']);
    expect([...res.failed.keys()]).toEqual(['kim-a', 'kim-b', 'kim-c']);
  });

  it('lets one render run at a time: a second build waits for the first', async () => {
    const spans: [number, number][] = [];
    const slow: Builders = {
      async inProcess() {
        const start = performance.now();
        await new Promise((r) => setTimeout(r, 300));
        spans.push([start, performance.now()]);
        return undefined;
      },
      async child() {
        return { ok: true, log: '' };
      },
    };
    const waits: string[] = [];
    const lock = lockFile();
    await Promise.all([
      renderSites({ root, sites: ['kim-a'], ...solo, log: quiet, builders: slow, lockFile: lock }),
      renderSites({ root, sites: ['kim-b'], ...solo, log: (l) => waits.push(l), builders: slow, lockFile: lock }),
    ]);
    spans.sort((a, b) => a[0] - b[0]);
    expect(spans[1]![0]).toBeGreaterThanOrEqual(spans[0]![1]);
    expect(waits).toEqual([`  menunggu build lain (proses ${process.pid}) selesai merender…`]);
  });
});
