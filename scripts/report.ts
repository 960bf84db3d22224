/**
 * `npm run report` — which KIM sites are active, which have gone quiet. Dates come from git
 * history, never from file times. Run `npm run report -- --help` for the options.
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentTypes } from '../src/schemas/index.ts';
import { readCommandLine, ROOT_OPTION, type CommandSpec } from './lib/args.ts';
import { formatTable } from './lib/format.ts';
import { dataRoot } from './lib/paths.ts';
import { activityReport, DEFAULT_THRESHOLDS, RECENT_DAYS, type ActivityStatus } from './lib/report/activity.ts';
import { reportCsv } from './lib/report/csv.ts';
import { runCli } from './lib/run-cli.ts';

const spec: CommandSpec = {
  command: 'npm run report --',
  description:
    `Laporan keaktifan situs KIM: tanggal perubahan isi terakhir (dari riwayat git), jumlah isi per\n` +
    `jenis, berita ${RECENT_DAYS} hari terakhir, dan status (aktif, kurang aktif, tidak aktif, baru).\n\n` +
    `Batas status bawaan: aktif bila isi berubah dalam ${DEFAULT_THRESHOLDS.aktifHari} hari terakhir, kurang aktif\n` +
    `dalam ${DEFAULT_THRESHOLDS.tidakAktifHari} hari, selain itu tidak aktif. Portal kabupaten dapat mengubahnya di\n` +
    `site.yaml (aktivitas.aktif_hari, aktivitas.tidak_aktif_hari).`,
  options: [
    { name: 'csv', value: '<berkas>', description: 'Tulis laporan sebagai CSV untuk spreadsheet' },
    { name: 'timpa', description: 'Boleh menimpa berkas CSV yang sudah ada' },
    { name: 'json', description: 'Keluaran JSON, untuk skrip' },
    { name: 'kabupaten', value: '<nama>', description: 'Hanya KIM di kabupaten/kota ini, contoh: --kabupaten "Kabupaten Lumajang"' },
    { name: 'kecamatan', value: '<nama>', description: 'Hanya KIM di kecamatan ini, contoh: --kecamatan Senduro' },
    { name: 'tanggal', value: '<YYYY-MM-DD>', description: 'Hitung status per tanggal ini (bawaan: hari ini)' },
    ROOT_OPTION,
  ],
  examples: ['npm run report', 'npm run report -- --kecamatan Senduro --csv laporan-senduro.csv'],
};

const SHORT: Partial<Record<string, string>> = { 'informasi-publik': 'Info publik' };

async function main(): Promise<number> {
  const args = readCommandLine(spec);
  if (!args) return 0;
  const values = args.values;
  let now: Date | undefined;
  if (values.tanggal !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.tanggal) || Number.isNaN(Date.parse(values.tanggal))) {
      throw new Error(`--tanggal harus berbentuk YYYY-MM-DD, contoh: 2026-12-31 (diberikan: "${values.tanggal}")`);
    }
    now = new Date(`${values.tanggal}T23:59:59+07:00`);
  }
  const root = dataRoot(values.root);
  const report = await activityReport(root, { now, kabupaten: values.kabupaten, kecamatan: values.kecamatan });

  if (values.csv) {
    const file = path.resolve(values.csv);
    if (fs.existsSync(file) && !args.flags.timpa) {
      throw new Error(`berkas ${values.csv} sudah ada; pilih nama lain, atau tambahkan --timpa untuk menimpanya`);
    }
    // Written beside, then renamed: a spreadsheet never sees half a file.
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, reportCsv(report));
    fs.renameSync(tmp, file);
  }
  if (args.flags.json) {
    console.log(JSON.stringify(report, null, 2));
    return 0;
  }
  if (!report.historyKnown) {
    console.log(
      `Riwayat git tidak ditemukan di ${root.root}: tanggal perubahan terakhir dan status TIDAK DIKETAHUI.\n` +
        'Laporan ini tidak menebak dari waktu berkas. Jalankan di dalam salinan repositori (git clone).\n',
    );
  }
  if (report.rows.length === 0) {
    console.log('Tidak ada situs KIM yang cocok dengan pilihan ini.');
    return 0;
  }
  const header = ['Situs', 'Kecamatan', 'Terakhir diubah', `Berita ${RECENT_DAYS} hr`, ...contentTypes.map((t) => SHORT[t.name] ?? t.labelSingular), 'Status'];
  const rows = report.rows.map((r) => [
    r.slug,
    r.kecamatan || '-',
    r.lastChange ?? (report.historyKnown ? 'belum pernah' : '?'),
    String(r.beritaRecent),
    ...contentTypes.map((t) => String(r.counts[t.name])),
    r.status ?? 'tidak diketahui',
  ]);
  console.log(formatTable(header, rows));
  if (report.historyKnown) {
    const count = (s: ActivityStatus) => report.rows.filter((r) => r.status === s).length;
    const parts = (['aktif', 'kurang aktif', 'tidak aktif', 'baru'] as const).map((s) => `${count(s)} ${s}`);
    console.log(`\n${report.rows.length} situs per ${report.date}: ${parts.join(', ')}.`);
  }
  if (values.csv) console.log(`CSV ditulis ke ${values.csv}`);
  return 0;
}

runCli(main);
