/** The activity report as CSV for the operator's spreadsheet. */
import { stringify } from 'csv-stringify/sync';
import { contentTypes } from '../../../src/schemas/index.ts';
import { RECENT_DAYS, type ActivityReport } from './activity.ts';

/**
 * KIM names and places are typed by members and operators: a cell that starts like a
 * formula would run as one in Excel or LibreOffice. A leading apostrophe keeps it text.
 */
export function neutralizeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function reportCsv(report: ActivityReport): string {
  const header = [
    'slug',
    'nama',
    'jenis',
    'kecamatan',
    'kabupaten',
    'provinsi',
    'url',
    'perubahan_terakhir',
    `berita_${RECENT_DAYS}_hari`,
    ...contentTypes.map((t) => `jumlah_${t.name.replace(/-/g, '_')}`),
    'status',
  ];
  const rows = report.rows.map((r) => [
    ...[r.slug, r.nama, r.jenis, r.kecamatan, r.kabupaten, r.provinsi, r.url].map(neutralizeFormula),
    r.lastChange ?? '',
    r.beritaRecent,
    ...contentTypes.map((t) => r.counts[t.name]),
    r.status ?? 'tidak diketahui',
  ]);
  return stringify([header, ...rows], { bom: true, record_delimiter: '\r\n' });
}
