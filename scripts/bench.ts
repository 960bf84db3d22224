/**
 * `npm run bench` — times the build on a synthetic fleet in a temporary data root (never the
 * repo's sites/ or content/): a cold full build, a warm build with nothing changed, a
 * rebuild after one site is edited, and the fleet's search indexing. `--runs n` repeats that
 * cycle from a clean state and reports medians, since one run on a shared machine can be
 * far off. The last line printed is JSON.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readCommandLine, type CommandSpec } from './lib/args.ts';
import { editOneSite, generateFleet } from './lib/bench/fleet-gen.ts';
import { median } from './lib/bench/stats.ts';
import { build, type RunResult } from './lib/bench/run-build.ts';
import { MODES, runMode, type Mode } from './lib/bench/modes.ts';
import { formatBytes, formatTable } from './lib/format.ts';
import { benchBundle, benchIndexing, searchBenchRows } from './lib/search/bench.ts';
import { benchReport, writeHistory } from './lib/bench/report-bench.ts';
import { benchPortal } from './lib/bench/portal-bench.ts';

const spec: CommandSpec = {
  command: 'npm run bench --',
  options: [
    { name: 'sites', value: '<n>', description: 'Jumlah situs sintetis', default: '157' },
    { name: 'pages', value: '<n>', description: 'Jumlah entri Markdown per situs', default: '40' },
    { name: 'keep', value: '<folder>', description: 'Tulis armada ke folder ini dan simpan setelah selesai' },
    { name: 'runs', value: '<n>', description: 'Ulangi pengukuran n kali dari keadaan bersih dan laporkan mediannya', default: '1' },
    {
      name: 'mode',
      value: '<nama>',
      description: 'Pengukuran lain: ci (jalur CI setelah satu KIM berubah), penyimpanan (foto), nasional (satu shard 3.555 KIM)',
    },
    { name: 'berita', value: '<n>', description: 'Mode penyimpanan: jumlah berita berfoto dua', default: '4' },
    { name: 'nasional', value: '<n>', description: 'Mode nasional: jumlah KIM yang direncanakan', default: '3555' },
  ],
};

interface Run {
  cold: RunResult;
  warm: RunResult;
  one: RunResult;
  indexing: Awaited<ReturnType<typeof benchIndexing>>;
}

async function main(): Promise<void> {
  const args = readCommandLine(spec);
  if (!args) return;
  const options = args.values;
  const sites = Number(options.sites);
  const pages = Number(options.pages);
  const runCount = Number(options.runs);
  if (!Number.isInteger(runCount) || runCount < 1 || runCount > 9) throw new Error('--runs harus bilangan bulat 1–9');
  if (!Number.isInteger(sites) || sites < 1) throw new Error('--sites harus bilangan bulat ≥ 1');
  if (!Number.isInteger(pages) || pages < 5) throw new Error('--pages harus bilangan bulat ≥ 5');
  if (options.mode !== undefined) {
    if (!(MODES as readonly string[]).includes(options.mode)) throw new Error(`--mode harus salah satu dari: ${MODES.join(', ')}`);
    const berita = Number(options.berita);
    if (!Number.isInteger(berita) || berita < 1) throw new Error('--berita harus bilangan bulat ≥ 1');
    return runMode(options.mode as Mode, { sites, pages, runs: runCount, berita, national: Number(options.nasional), keep: options.keep });
  }

  const root = options.keep ? path.resolve(String(options.keep)) : fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-bench-'));
  if (options.keep && fs.existsSync(path.join(root, 'sites')) && fs.readdirSync(path.join(root, 'sites')).length > 0) {
    throw new Error(`${root}/sites sudah berisi data; pilih folder kosong untuk --keep`);
  }
  console.log(`Membuat armada sintetis: ${sites} situs × ${pages} entri di ${root}`);
  generateFleet(root, { sites, pages });

  // What a run leaves is moved here, not deleted, until the end: on disks that discard freed
  // blocks at once (as here), deleting a fleet's output slows the next run's work for minutes.
  const trash = fs.mkdtempSync(path.join(root, '.bench-lama-'));
  const runs: Run[] = [];
  try {
    for (let r = 1; r <= runCount; r++) {
      const tag = runCount > 1 ? `[${r}/${runCount}] ` : '';
      for (const name of ['.simpul', 'dist']) {
        if (fs.existsSync(path.join(root, name))) fs.renameSync(path.join(root, name), path.join(trash, `${name.replace('.', '')}-${r}`));
      }
      console.log(`${tag}1/4 build dingin (tanpa cache)…`);
      const cold = build(root, 'dingin');
      console.log(`${tag}2/4 build hangat (tidak ada perubahan)…`);
      const warm = build(root, 'hangat');
      const edited = editOneSite(root);
      console.log(`${tag}3/4 build setelah ${edited} diubah…`);
      const one = build(root, 'satu situs');
      if (one.built !== 1) throw new Error(`build satu situs membangun ${one.built} situs, seharusnya 1`);
      console.log(`${tag}4/4 indeks pencarian seluruh armada…`);
      const indexing = await benchIndexing({ root, distDir: path.join(root, 'dist'), log: () => {}, trashDir: trash });
      runs.push({ cold, warm, one, indexing });
    }
  } finally {
    fs.rmSync(trash, { recursive: true, force: true });
  }
  console.log('Mengukur ukuran bundel pencarian dan pencarian pertama di situs 1.000 halaman…');
  const sizes = await benchBundle({ root, distDir: path.join(root, 'dist') });
  console.log('Laporan keaktifan atas riwayat git 5.000 commit…');
  writeHistory(root, sites, 5000);
  const report = await benchReport(root, 3);
  console.log(`Portal kabupaten atas ${sites} KIM: build dan berat halaman di ponsel 360 px…`);
  const portal = await benchPortal(root);

  const pagesBuilt = runs[0]!.cold.pages;
  const spread = (xs: number[]) => (runCount > 1 ? ` (${xs.map((x) => x.toFixed(2)).join(' / ')})` : '');
  const builds = [
    ['build dingin', 'cold'],
    ['build hangat', 'warm'],
    ['satu situs diubah', 'one'],
  ] as const;
  const mid = {
    cold: median(runs.map((r) => r.cold.s)),
    warm: median(runs.map((r) => r.warm.s)),
    one: median(runs.map((r) => r.one.s)),
    indexing: median(runs.map((r) => r.indexing.seconds)),
  };
  const peakOf = (k: (typeof builds)[number][1]) => Math.max(...runs.map((r) => r[k].peakRssMb));
  const peak = Math.max(...builds.map(([, k]) => peakOf(k)));
  const rows = builds.map(([label, k]) => [
    label,
    mid[k].toFixed(2) + spread(runs.map((r) => r[k].s)),
    String(runs[0]![k].built),
    k === 'cold' ? String(pagesBuilt) : '-',
    String(peakOf(k)),
  ]);
  const indexing = { ...runs[0]!.indexing, seconds: mid.indexing, loadAverage: Math.max(...runs.map((r) => r.indexing.loadAverage)) };
  console.log('');
  console.log(
    formatTable([runCount > 1 ? `Pengukuran (median dari ${runCount})` : 'Pengukuran', 'Detik', 'Situs dibangun', 'Halaman', 'RSS puncak (MB)'], rows),
  );
  console.log('');
  console.log(formatTable(['Pencarian', 'Hasil', 'Target', 'Tercapai'], searchBenchRows({ indexing, ...sizes })));
  console.log(`Laporan keaktifan (${report.rows} situs, 5.000 commit): ${report.seconds.toFixed(2)} dtk (median dari 3; target ≤ 3 dtk)`);
  console.log('');
  console.log(
    formatTable(
      [
        `Portal, ${portal.members} anggota (build ${portal.buildSeconds.toFixed(2)} dtk; ${portal.newsPages} halaman kabar-anggota)`,
        'Transfer di ponsel',
        'Permintaan',
      ],
      portal.pages.map((p) => [p.page, formatBytes(p.bytes), String(p.requests)]),
    ),
  );
  if (runCount > 1) console.log(`Indeks pencarian per putaran: ${runs.map((r) => r.indexing.seconds.toFixed(2)).join(' / ')} dtk`);
  console.log(`Halaman per detik (dingin): ${(pagesBuilt / mid.cold).toFixed(0)}`);
  console.log(`Mesin: ${os.cpus().length} inti, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
  if (!options.keep) fs.rmSync(root, { recursive: true, force: true });
  console.log(
    JSON.stringify({
      sites,
      pages: pagesBuilt,
      cold_s: +mid.cold.toFixed(2),
      warm_s: +mid.warm.toFixed(2),
      one_site_s: +mid.one.toFixed(2),
      peak_rss_mb: peak,
      pages_per_s: Math.round(pagesBuilt / mid.cold),
      search_index_s: +mid.indexing.toFixed(2),
      search_bundle_kb: Math.round(sizes.bundle.wireBytes / 1024),
      search_bundle_disk_kb: Math.round(sizes.bundle.rawBytes / 1024),
      search_first_kb: Math.round(sizes.firstSearch.transferBytes / 1024),
      report_s: +report.seconds.toFixed(2),
      portal_build_s: +portal.buildSeconds.toFixed(2),
      portal_kb: Object.fromEntries(portal.pages.map((p) => [p.page, Math.round(p.bytes / 1024)])),
      search_vocabulary_kb: +(sizes.kata.vocabularyBytes / 1024).toFixed(1),
      runs: runCount,
    }),
  );
}

main().catch((err: unknown) => {
  console.error(`Gagal: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
