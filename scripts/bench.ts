/**
 * `npm run bench` — times the build on a synthetic fleet in a temporary data root (never the
 * repo's sites/ or content/): a cold full build, a warm build with nothing changed, and a
 * rebuild after one site is edited. The last line printed is JSON.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cac } from 'cac';
import { editOneSite, generateFleet } from './lib/bench/fleet-gen.ts';
import { formatTable } from './lib/format.ts';
import { projectRoot } from './lib/paths.ts';
import { benchSearch, searchBenchRows } from './lib/search/bench.ts';

const cli = cac('npm run bench --');
cli
  .option('--sites <n>', 'Jumlah situs sintetis', { default: 157 })
  .option('--pages <n>', 'Jumlah entri Markdown per situs', { default: 40 })
  .option('--keep <dir>', 'Tulis armada ke folder ini dan simpan setelah selesai')
  .help();

interface RunResult {
  s: number;
  peakRssMb: number;
  pages: number;
  built: number;
}

function build(root: string, label: string): RunResult {
  const stats = path.join(os.tmpdir(), `simpul-bench-${process.pid}.json`);
  const t0 = performance.now();
  const res = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/build.ts'), '--root', root, '--stats', stats], {
    cwd: projectRoot,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const s = (performance.now() - t0) / 1000;
  if (res.status !== 0) {
    console.error(res.stdout.split('\n').slice(-30).join('\n'), res.stderr);
    throw new Error(`build "${label}" gagal (kode ${res.status})`);
  }
  const summary = JSON.parse(fs.readFileSync(stats, 'utf8')) as {
    peakRssMb: number;
    outcomes: { pages?: number; status: string }[];
  };
  fs.rmSync(stats, { force: true });
  return {
    s,
    peakRssMb: summary.peakRssMb,
    pages: summary.outcomes.reduce((n, o) => n + (o.pages ?? 0), 0),
    built: summary.outcomes.filter((o) => o.status === 'dibangun').length,
  };
}

async function main(): Promise<void> {
  const { options } = cli.parse();
  if (options.help) return;
  const sites = Number(options.sites);
  const pages = Number(options.pages);
  if (!Number.isInteger(sites) || sites < 1) throw new Error('--sites harus bilangan bulat ≥ 1');
  if (!Number.isInteger(pages) || pages < 5) throw new Error('--pages harus bilangan bulat ≥ 5');

  const root = options.keep ? path.resolve(String(options.keep)) : fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-bench-'));
  if (options.keep && fs.existsSync(path.join(root, 'sites')) && fs.readdirSync(path.join(root, 'sites')).length > 0) {
    throw new Error(`${root}/sites sudah berisi data; pilih folder kosong untuk --keep`);
  }
  console.log(`Membuat armada sintetis: ${sites} situs × ${pages} entri di ${root}`);
  generateFleet(root, { sites, pages });
  fs.rmSync(path.join(root, '.simpul'), { recursive: true, force: true });
  fs.rmSync(path.join(root, 'dist'), { recursive: true, force: true });

  console.log('1/3 build dingin (tanpa cache)…');
  const cold = build(root, 'dingin');
  console.log('2/3 build hangat (tidak ada perubahan)…');
  const warm = build(root, 'hangat');
  const edited = editOneSite(root);
  console.log(`3/3 build setelah ${edited} diubah…`);
  const one = build(root, 'satu situs');
  if (one.built !== 1) throw new Error(`build satu situs membangun ${one.built} situs, seharusnya 1`);

  console.log('Mengukur pencarian (indeks seluruh armada, ukuran bundel, pencarian pertama di situs 1.000 halaman)…');
  const search = await benchSearch({ root, distDir: path.join(root, 'dist') });

  const peak = Math.max(cold.peakRssMb, warm.peakRssMb, one.peakRssMb);
  const rows = [
    ['build dingin', cold.s.toFixed(2), String(cold.built), String(cold.pages), String(cold.peakRssMb)],
    ['build hangat', warm.s.toFixed(2), String(warm.built), '-', String(warm.peakRssMb)],
    ['satu situs diubah', one.s.toFixed(2), String(one.built), '-', String(one.peakRssMb)],
  ];
  console.log('');
  console.log(formatTable(['Pengukuran', 'Detik', 'Situs dibangun', 'Halaman', 'RSS puncak (MB)'], rows));
  console.log('');
  console.log(formatTable(['Pencarian', 'Hasil', 'Target', 'Tercapai'], searchBenchRows(search)));
  console.log(`Halaman per detik (dingin): ${(cold.pages / cold.s).toFixed(0)}`);
  console.log(`Mesin: ${os.cpus().length} inti, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
  if (!options.keep) fs.rmSync(root, { recursive: true, force: true });
  console.log(
    JSON.stringify({
      sites,
      pages: cold.pages,
      cold_s: +cold.s.toFixed(2),
      warm_s: +warm.s.toFixed(2),
      one_site_s: +one.s.toFixed(2),
      peak_rss_mb: peak,
      pages_per_s: Math.round(cold.pages / cold.s),
      search_index_s: +search.indexing.seconds.toFixed(2),
      search_bundle_kb: Math.round(search.bundle.wireBytes / 1024),
      search_first_kb: Math.round(search.firstSearch.transferBytes / 1024),
    }),
  );
}

main().catch((err: unknown) => {
  console.error(`Gagal: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
