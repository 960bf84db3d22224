/**
 * A whole district from one CSV: every row is validated and created on its own, so one bad
 * row never stops the others. Flags given next to `--csv` fill cells left empty (e.g. the
 * same kabupaten and provinsi for all rows).
 */
import { readCsvTable, CsvError } from './csv.ts';
import { FIELDS, fieldForColumn } from './fields.ts';
import type { RawInput } from './inputs.ts';
import type { ValidationIssue } from '../issues.ts';
import { createSite, type CreateOptions, type NewSite } from './provision.ts';

export interface RowResult {
  /** Row number as the spreadsheet shows it (header = 1). */
  baris: number;
  slug?: string;
  nama?: string;
  ok: boolean;
  situs?: NewSite;
  galat: ValidationIssue[];
  /** The values used for this row (cells, then flag defaults), to quote them in messages. */
  nilai: RawInput;
}

export interface BatchOptions extends Omit<CreateOptions, 'terpakai'> {
  /** Values for cells left empty, from flags. */
  bawaan?: RawInput;
  /** Called after each row, for progress. */
  setiapBaris?: (h: RowResult, dest: number, total: number) => void;
}

export interface CsvResult {
  hasil: RowResult[];
  /** Column headers that mean nothing to us; their cells are ignored. */
  kolomDiabaikan: string[];
}

/** Column header → field name. */
export function mapColumns(columns: readonly string[]): { peta: Map<string, string>; diabaikan: string[] } {
  const mapping = new Map<string, string>();
  const ignored: string[] = [];
  for (const k of columns) {
    if (k === '') continue;
    const f = fieldForColumn(k);
    if (f) mapping.set(k, f.nama);
    else ignored.push(k);
  }
  return { peta: mapping, diabaikan: ignored };
}

export async function createFromCsv(text: string, options: BatchOptions): Promise<CsvResult> {
  const csvTable = readCsvTable(text);
  const { peta: mapping, diabaikan: ignored } = mapColumns(csvTable.kolom);
  const defaults = Object.fromEntries(Object.entries(options.bawaan ?? {}).filter(([, v]) => v?.trim()));

  const exists = new Set(mapping.values());
  const hilang = FIELDS.filter((f) => f.wajib && !exists.has(f.nama) && !defaults[f.nama]).map((f) => f.nama);
  if (hilang.length > 0) {
    throw new CsvError(
      `kolom ${hilang.join(', ')} tidak ada di baris judul CSV. Tambahkan kolomnya, atau beri nilai yang sama untuk semua baris lewat ${hilang.map((h) => `--${h}`).join(', ')}`,
    );
  }

  const taken = new Map<string, string>();
  const result: RowResult[] = [];
  for (const [i, b] of csvTable.baris.entries()) {
    const raw: Record<string, string | undefined> = { ...defaults };
    // Two headers for one field (e.g. "desa" and "kelurahan"): the first non-empty cell wins.
    const fromCell = new Set<string>();
    for (const [columns, name] of mapping) {
      const v = b.nilai[columns]?.trim();
      if (v && !fromCell.has(name)) {
        raw[name] = v;
        fromCell.add(name);
      }
    }
    let h: RowResult;
    if (b.galat) {
      h = { baris: b.baris, slug: raw.slug, nama: raw.nama, ok: false, galat: [{ file: '', field: '', message: b.galat }], nilai: raw };
    } else {
      const r = await createSite(raw, { ...options, terpakai: taken });
      h = r.ok
        ? { baris: b.baris, slug: r.situs.rencana.slug, nama: r.situs.rencana.site.nama, ok: true, situs: r.situs, galat: [], nilai: raw }
        : { baris: b.baris, slug: r.slug, nama: raw.nama, ok: false, galat: r.galat, nilai: raw };
      if (r.ok) taken.set(r.situs.rencana.slug, `baris ${b.baris}`);
    }
    result.push(h);
    options.setiapBaris?.(h, i + 1, csvTable.baris.length);
  }
  return { hasil: result, kolomDiabaikan: ignored };
}
