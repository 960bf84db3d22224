/**
 * A small RFC 4180 CSV reader: quoted fields, doubled quotes, commas and line breaks inside
 * quotes, CRLF or LF line ends, and a UTF-8 BOM. Spreadsheets set to Indonesian export with
 * `;` between fields (the comma is the decimal mark), so the separator is detected.
 */

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

/** Every record as an array of fields. A final line break does not add an empty record. */
export function parseCsv(input: string, pemisah: Pemisah = ','): string[][] {
  const teks = input.replace(/^\uFEFF/, '');
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let baris = 1;
  // Whether the current field started with a quote and that quote has not closed yet.
  let dalamKutip = false;
  // Whether the current field was quoted (a quoted field must end at a separator or line end).
  let dikutip = false;

  const akhiriField = () => {
    record.push(field);
    field = '';
    dikutip = false;
  };
  const akhiriRecord = () => {
    akhiriField();
    records.push(record);
    record = [];
  };

  while (i < teks.length) {
    const ch = teks[i]!;
    if (dalamKutip) {
      if (ch === '"') {
        if (teks[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        dalamKutip = false;
        i++;
        const next = teks[i];
        if (next !== undefined && next !== pemisah && next !== '\n' && next !== '\r') {
          throw new CsvError(`baris ${baris}: setelah tanda kutip penutup harus ada pemisah "${pemisah}" atau akhir baris`);
        }
        continue;
      }
      if (ch === '\n') baris++;
      field += ch;
      i++;
      continue;
    }
    if (ch === '"') {
      if (field.length > 0 || dikutip) {
        throw new CsvError(`baris ${baris}: tanda kutip " di tengah isian; apit seluruh isian dengan kutip dan tulis kutip di dalamnya dua kali ("")`);
      }
      dalamKutip = true;
      dikutip = true;
      i++;
      continue;
    }
    if (ch === pemisah) {
      akhiriField();
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      akhiriRecord();
      i += ch === '\r' && teks[i + 1] === '\n' ? 2 : 1;
      baris++;
      continue;
    }
    field += ch;
    i++;
  }
  if (dalamKutip) throw new CsvError(`tanda kutip " yang dibuka tidak pernah ditutup (mulai sekitar baris ${baris})`);
  if (field.length > 0 || dikutip || record.length > 0) akhiriRecord();
  return records;
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
