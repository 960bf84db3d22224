/**
 * CSV for `site:new --csv`: RFC 4180 parsing is `csv-parse` (quoted fields, doubled quotes,
 * separators and line breaks inside quotes, CRLF or LF, a UTF-8 BOM). Spreadsheets set to
 * Indonesian export with `;` between fields (the comma is the decimal mark), so the separator
 * is detected here, and csv-parse's errors are retold in Indonesian.
 */
import { CsvError as CsvParseError, parse } from 'csv-parse/sync';

export class CsvError extends Error {}

export type Pemisah = ',' | ';' | '\t';

/** The separator used in the header line: the most frequent of `,` `;` and tab outside quotes. */
export function tebakPemisah(teks: string): Pemisah {
  const hitung: Record<Pemisah, number> = { ',': 0, ';': 0, '\t': 0 };
  let dalamKutip = false;
  for (const ch of teks.replace(/^\uFEFF/, '')) {
    if (ch === '"') dalamKutip = !dalamKutip;
    else if (!dalamKutip && (ch === '\n' || ch === '\r')) break;
    else if (!dalamKutip && ch in hitung) hitung[ch as Pemisah]++;
  }
  return (Object.keys(hitung) as Pemisah[]).reduce((a, b) => (hitung[b] > hitung[a] ? b : a), ',');
}

/** Every record as an array of fields. A final line break does not add an empty record; an empty line is a record of one empty field. */
export function parseCsv(input: string, pemisah: Pemisah = ','): string[][] {
  try {
    return parse(input, { delimiter: pemisah, bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (e) {
    if (!(e instanceof CsvParseError)) throw e;
    const baris = (e as CsvParseError & { lines?: number }).lines ?? 1;
    switch (e.code) {
      case 'CSV_QUOTE_NOT_CLOSED':
        throw new CsvError(`tanda kutip " yang dibuka tidak pernah ditutup (mulai sekitar baris ${baris})`);
      case 'INVALID_OPENING_QUOTE':
        throw new CsvError(`baris ${baris}: tanda kutip " di tengah isian; apit seluruh isian dengan kutip dan tulis kutip di dalamnya dua kali ("")`);
      case 'CSV_INVALID_CLOSING_QUOTE':
        throw new CsvError(`baris ${baris}: setelah tanda kutip penutup harus ada pemisah "${pemisah}" atau akhir baris`);
      default:
        throw new CsvError(`baris ${baris}: CSV tidak dapat dibaca (${e.message})`);
    }
  }
}

export interface BarisCsv {
  /** Row number as a spreadsheet shows it: the header is row 1. */
  baris: number;
  /** Values by column name, as written in the header. */
  nilai: Record<string, string>;
  /** Set when the row itself is malformed, e.g. more fields than columns. */
  galat?: string;
}

export interface TabelCsv {
  kolom: string[];
  baris: BarisCsv[];
}

/** Records keyed by the header row. Rows that are wholly empty (spreadsheet leftovers) are skipped. */
export function bacaTabelCsv(input: string): TabelCsv {
  const records = parseCsv(input, tebakPemisah(input));
  const [header, ...rest] = records;
  if (!header || header.every((h) => h.trim() === '')) throw new CsvError('berkas CSV kosong: baris pertama harus berisi nama kolom');
  const kolom = header.map((h) => h.trim());
  const sama = kolom.find((k, i) => k !== '' && kolom.indexOf(k) !== i);
  if (sama) throw new CsvError(`kolom "${sama}" muncul lebih dari sekali di baris judul`);
  const baris: BarisCsv[] = [];
  rest.forEach((r, idx) => {
    if (r.every((v) => v.trim() === '')) return;
    const nomor = idx + 2;
    const nilai: Record<string, string> = {};
    kolom.forEach((k, i) => {
      if (k !== '') nilai[k] = r[i] ?? '';
    });
    const lebih = r.length > kolom.length && r.slice(kolom.length).some((v) => v.trim() !== '');
    baris.push(
      lebih
        ? { baris: nomor, nilai, galat: `ada ${r.length} isian, padahal baris judul hanya punya ${kolom.length} kolom (periksa koma atau titik koma yang tidak diapit tanda kutip)` }
        : { baris: nomor, nilai },
    );
  });
  return { kolom, baris };
}
