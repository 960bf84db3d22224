/**
 * `npm run bench -- --mode ci|penyimpanan|nasional`: the deployment benchmarks (issue 14).
 * Each prints a table and, last, one JSON line. docs/benchmarks.md records the results and the
 * arithmetic built on them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_SITES_PER_SHARD } from '../ci/config.ts';
import { formatBytes, formatTable } from '../format.ts';
import { ciRun, prepareCiFleet } from './ci-path.ts';
import { generateFleet } from './fleet-gen.ts';
import { build } from './run-build.ts';
import { median } from './stats.ts';
import { GROWTH_PER_KIM_YEAR } from '../deploy/repo-size.ts';
import { dirSize } from '../package.ts';
import { benchStorage } from './storage.ts';

const PAGES_BYTES = 1e9;
/** GitHub Actions Free plan: concurrent jobs. */
const MATRIX_CONCURRENCY = 20;

export const MODES = ['ci', 'penyimpanan', 'nasional'] as const;
export type Mode = (typeof MODES)[number];

export interface ModeOptions {
  sites: number;
  pages: number;
  runs: number;
  /** Berita with two photos each, for `penyimpanan`. */
  berita: number;
  /** KIMs to plan for, for `nasional`. */
  national: number;
  keep?: string;
}

const secs = (xs: number[]) => `${median(xs).toFixed(2)}${xs.length > 1 ? ` (${xs.map((x) => x.toFixed(2)).join(' / ')})` : ''}`;

async function ci(dir: string, o: ModeOptions): Promise<Record<string, unknown>> {
  const spec = { sites: o.sites, pages: o.pages };
  console.log(`Armada ${o.sites} KIM × ${o.pages} entri di satu origin; build dingin untuk membuat cache…`);
  const { cold, tar } = prepareCiFleet(dir, spec);
  const runs = [];
  let artifact = { files: 0, bytes: 0 };
  for (let r = 1; r <= o.runs; r++) {
    console.log(`[${r}/${o.runs}] satu KIM berubah: pulihkan cache, build, gabung, rakit…`);
    const res = ciRun(dir, tar, r, spec);
    if (res.run.built !== 1) throw new Error(`build membangun ${res.run.built} situs, seharusnya 1`);
    runs.push(res.run);
    artifact = res.artifact;
  }
  const assembled = runs.every((r) => r.assemble !== undefined);
  console.log('');
  console.log(
    formatTable(
      ['Langkah CI', `Detik (median dari ${o.runs})`],
      [
        ['pulihkan cache (tar)', secs(runs.map((r) => r.restore))],
        ['build (1 KIM berubah)', secs(runs.map((r) => r.build))],
        ['build:merge', secs(runs.map((r) => r.merge))],
        ['deploy --target github-pages', assembled ? secs(runs.map((r) => r.assemble!)) : 'belum ada (npm run deploy belum di main)'],
        ['total sampai artefak siap', secs(runs.map((r) => r.total))],
      ],
    ),
  );
  console.log(
    `Artefak ${assembled ? '_site/' : 'dist/ gabungan'}: ${artifact.files} berkas, ${formatBytes(artifact.bytes)} (build dingin pembuat cache: ${cold.toFixed(1)} dtk)`,
  );
  return {
    mode: 'ci',
    sites: o.sites,
    restore_s: +median(runs.map((r) => r.restore)).toFixed(2),
    build_s: +median(runs.map((r) => r.build)).toFixed(2),
    merge_s: +median(runs.map((r) => r.merge)).toFixed(2),
    assemble_s: assembled ? +median(runs.map((r) => r.assemble!)).toFixed(2) : null,
    total_s: +median(runs.map((r) => r.total)).toFixed(2),
    artifact_files: artifact.files,
    artifact_bytes: artifact.bytes,
    artifact_is: assembled ? '_site' : 'dist',
  };
}

async function storage(dir: string, o: ModeOptions): Promise<Record<string, unknown>> {
  console.log(`Penyimpanan: ${o.berita} berita × 2 foto kamera 12 MP…`);
  const r = await benchStorage({ dir, berita: o.berita, log: console.log });
  // Two berita a week, two photos each.
  const beritaPerYear = 104;
  const photosPerYear = 2 * beritaPerYear;
  const outputYear = photosPerYear * (r.siteBytesPerPhoto + r.forumBytesPerPhoto) + beritaPerYear * r.textBytesPerBerita;
  const repoYear = photosPerYear * r.storedBytes;
  const GB = 1e9;
  console.log('');
  console.log(
    formatTable(
      ['Ukuran', 'Hasil'],
      [
        ['foto kamera (12 MP, q92)', formatBytes(r.cameraBytes)],
        ['asli tersimpan setelah media:optimize', formatBytes(r.storedBytes)],
        ['keluaran per foto terbit, situs KIM', `${formatBytes(r.siteBytesPerPhoto)} (${r.filesPerPhoto} berkas gambar)`],
        ['keluaran per foto terbit, forum', formatBytes(r.forumBytesPerPhoto)],
        ['keluaran teks per berita', formatBytes(r.textBytesPerBerita)],
        ['keluaran per KIM-tahun (104 berita, 208 foto)', formatBytes(outputYear)],
        ['repositori per KIM-tahun', formatBytes(repoYear)],
        ['KIM-tahun per situs Pages 1 GB', (GB / outputYear).toFixed(0)],
        ['KIM-tahun per repositori 1 GB / 5 GB / GitLab 10 GiB', [1 * GB, 5 * GB, 10 * 2 ** 30].map((b) => (b / repoYear).toFixed(1)).join(' / ')],
      ],
    ),
  );
  return {
    mode: 'penyimpanan',
    ...r,
    output_kim_year_bytes: outputYear,
    repo_kim_year_bytes: repoYear,
  };
}

async function nasional(dir: string, o: ModeOptions): Promise<Record<string, unknown>> {
  const shards = Math.ceil(o.national / DEFAULT_SITES_PER_SHARD);
  const shardSize = Math.ceil(o.national / shards);
  console.log(`${o.national} KIM ÷ ${DEFAULT_SITES_PER_SHARD} per shard = ${shards} shard × ${shardSize} KIM. Build dingin satu shard…`);
  generateFleet(dir, { sites: shardSize, pages: o.pages, oneOrigin: true });
  const runs = [];
  const trash = fs.mkdtempSync(path.join(dir, '.lama-'));
  for (let r = 1; r <= o.runs; r++) {
    for (const name of ['.simpul', 'dist']) if (fs.existsSync(path.join(dir, name))) fs.renameSync(path.join(dir, name), path.join(trash, `${name}-${r}`));
    console.log(`[${r}/${o.runs}] build dingin ${shardSize} KIM…`);
    runs.push(build(dir, `shard nasional ${r}`));
  }
  const s = median(runs.map((r) => r.s));
  const peak = Math.max(...runs.map((r) => r.peakRssMb));
  // Published bytes per KIM of the synthetic (text-only) fleet, then with 3 years of photos.
  const perKim = dirSize(path.join(dir, 'dist')) / shardSize;
  const pagesNow = Math.ceil((o.national * perKim) / PAGES_BYTES);
  const pages3y = Math.ceil((o.national * (perKim + 3 * GROWTH_PER_KIM_YEAR.pages)) / PAGES_BYTES);
  // 20 jobs at once on the Free plan: the shards run in ⌈shards / 20⌉ waves.
  const waves = Math.ceil(shards / MATRIX_CONCURRENCY);
  console.log('');
  console.log(
    formatTable(
      ['Shard nasional', 'Hasil'],
      [
        ['KIM per shard', String(shardSize)],
        ['build dingin (dtk)', secs(runs.map((r) => r.s))],
        ['RSS puncak (MB)', String(peak)],
        ['halaman', String(runs[0]!.pages)],
        ['keluaran per KIM (teks saja)', formatBytes(perKim)],
        [`situs Pages 1 GB: sekarang / setelah 3 tahun foto (${formatBytes(GROWTH_PER_KIM_YEAR.pages)} per KIM-tahun)`, `${pagesNow} / ${pages3y}`],
        [`gelombang matriks (${MATRIX_CONCURRENCY} job sekaligus)`, `${waves} → ±${(waves * s).toFixed(0)} dtk build`],
      ],
    ),
  );
  return {
    mode: 'nasional',
    kim: o.national,
    shards,
    shard_size: shardSize,
    shard_cold_s: +s.toFixed(2),
    shard_peak_rss_mb: peak,
    pages: runs[0]!.pages,
    output_per_kim_bytes: Math.round(perKim),
    pages_sites_now: pagesNow,
    pages_sites_3y: pages3y,
    matrix_waves: waves,
    matrix_build_s: +(waves * s).toFixed(1),
  };
}

export async function runMode(mode: Mode, o: ModeOptions): Promise<void> {
  const dir = o.keep ? path.resolve(o.keep) : fs.mkdtempSync(path.join(os.tmpdir(), `simpul-bench-${mode}-`));
  fs.mkdirSync(dir, { recursive: true });
  try {
    const result = await { ci, penyimpanan: storage, nasional }[mode](dir, o);
    console.log(
      `Mesin: ${os.cpus().length} inti, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, beban rata-rata ${os.loadavg()[0]!.toFixed(1)}`,
    );
    console.log(JSON.stringify({ ...result, runs: o.runs, load_average: +os.loadavg()[0]!.toFixed(1) }));
  } finally {
    if (!o.keep) fs.rmSync(dir, { recursive: true, force: true });
  }
}
