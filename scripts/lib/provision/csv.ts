/**
 * CSV for `site:new --csv`: RFC 4180 parsing is `csv-parse` (quoted fields, doubled quotes,
 * separators and line breaks inside quotes, CRLF or LF, a UTF-8 BOM). Spreadsheets set to
 * Indonesian export with `;` between fields (the comma is the decimal mark), so the separator
 * is detected here, and csv-parse's errors are retold in Indonesian.
 */
import { CsvError as CsvParseError, parse } from 'csv-parse/sync';

export class CsvError extends Error {}

export type Separator = ',' | ';' | '\t';

/** The separator used in the header line: the most frequent of `,` `;` and tab outside quotes. */
export function guessSeparator(text: string): Separator {
  const count: Record<Separator, number> = { ',': 0, ';': 0, '\t': 0 };
  let inQuotes = false;
  for (const ch of text.replace(/^\uFEFF/, '')) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) break;
    else if (!inQuotes && ch in count) count[ch as Separator]++;
  }
  return (Object.keys(count) as Separator[]).reduce((a, b) => (count[b] > count[a] ? b : a), ',');
}

/** Every record as an array of fields. A final line break does not add an empty record; an empty line is a record of one empty field. */
export function parseCsv(input: string, separator: Separator = ','): string[][] {
  try {
    return parse(input, { delimiter: separator, bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (e) {
    if (!(e instanceof CsvParseError)) throw e;
    const row = (e as CsvParseError & { lines?: number }).lines ?? 1;
    switch (e.code) {
      case 'CSV_QUOTE_NOT_CLOSED':
        throw new CsvError(`tanda kutip " yang dibuka tidak pernah ditutup (mulai sekitar baris ${row})`);
      case 'INVALID_OPENING_QUOTE':
        throw new CsvError(`baris ${row}: tanda kutip " di tengah isian; apit seluruh isian dengan kutip dan tulis kutip di dalamnya dua kali ("")`);
      case 'CSV_INVALID_CLOSING_QUOTE':
        throw new CsvError(`baris ${row}: setelah tanda kutip penutup harus ada pemisah "${separator}" atau akhir baris`);
      default:
        throw new CsvError(`baris ${row}: CSV tidak dapat dibaca (${e.message})`);
    }
  }
}

export interface CsvRow {
  /** Row number as a spreadsheet shows it: the header is row 1. */
  row: number;
  /** Values by column name, as written in the header. */
  values: Record<string, string>;
  /** Set when the row itself is malformed, e.g. more fields than columns. */
  issue?: string;
}

export interface CsvTable {
  columns: string[];
  rows: CsvRow[];
}

/** Records keyed by the header row. Rows that are wholly empty (spreadsheet leftovers) are skipped. */
export function readCsvTable(input: string): CsvTable {
  const records = parseCsv(input, guessSeparator(input));
  const [header, ...rest] = records;
  if (!header || header.every((h) => h.trim() === '')) throw new CsvError('berkas CSV kosong: baris pertama harus berisi nama kolom');
  const columns = header.map((h) => h.trim());
  const same = columns.find((k, i) => k !== '' && columns.indexOf(k) !== i);
  if (same) throw new CsvError(`kolom "${same}" muncul lebih dari sekali di baris judul`);
  const row: CsvRow[] = [];
  rest.forEach((r, idx) => {
    if (r.every((v) => v.trim() === '')) return;
    const number = idx + 2;
    const values: Record<string, string> = {};
    columns.forEach((k, i) => {
      if (k !== '') values[k] = r[i] ?? '';
    });
    const more = r.length > columns.length && r.slice(columns.length).some((v) => v.trim() !== '');
    row.push(
      more
        ? {
            row: number,
            values,
            issue: `ada ${r.length} isian, padahal baris judul hanya punya ${columns.length} kolom (periksa koma atau titik koma yang tidak diapit tanda kutip)`,
          }
        : { row: number, values },
    );
  });
  return { columns, rows: row };
}
