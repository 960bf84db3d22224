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
  row: number;
  slug?: string;
  name?: string;
  ok: boolean;
  site?: NewSite;
  issues: ValidationIssue[];
  /** The values used for this row (cells, then flag defaults), to quote them in messages. */
  values: RawInput;
}

export interface BatchOptions extends Omit<CreateOptions, 'taken'> {
  /** Values for cells left empty, from flags. */
  defaults?: RawInput;
  /** Called after each row, for progress. */
  onRow?: (h: RowResult, index: number, total: number) => void;
}

export interface CsvResult {
  results: RowResult[];
  /** Column headers that mean nothing to us; their cells are ignored. */
  ignoredColumns: string[];
}

/** Column header → field name. */
export function mapColumns(columns: readonly string[]): { peta: Map<string, string>; diabaikan: string[] } {
  const mapping = new Map<string, string>();
  const ignored: string[] = [];
  for (const k of columns) {
    if (k === '') continue;
    const f = fieldForColumn(k);
    if (f) mapping.set(k, f.name);
    else ignored.push(k);
  }
  return { peta: mapping, diabaikan: ignored };
}

export async function createFromCsv(text: string, options: BatchOptions): Promise<CsvResult> {
  const csvTable = readCsvTable(text);
  const { peta: mapping, diabaikan: ignored } = mapColumns(csvTable.columns);
  const defaults = Object.fromEntries(Object.entries(options.defaults ?? {}).filter(([, v]) => v?.trim()));

  const exists = new Set(mapping.values());
  const hilang = FIELDS.filter((f) => f.required && !exists.has(f.name) && !defaults[f.name]).map((f) => f.name);
  if (hilang.length > 0) {
    throw new CsvError(
      `kolom ${hilang.join(', ')} tidak ada di baris judul CSV. Tambahkan kolomnya, atau beri nilai yang sama untuk semua baris lewat ${hilang.map((h) => `--${h}`).join(', ')}`,
    );
  }

  const taken = new Map<string, string>();
  const result: RowResult[] = [];
  for (const [i, b] of csvTable.rows.entries()) {
    const raw: Record<string, string | undefined> = { ...defaults };
    // Two headers for one field (e.g. "desa" and "kelurahan"): the first non-empty cell wins.
    const fromCell = new Set<string>();
    for (const [columns, name] of mapping) {
      const v = b.values[columns]?.trim();
      if (v && !fromCell.has(name)) {
        raw[name] = v;
        fromCell.add(name);
      }
    }
    let h: RowResult;
    if (b.issue) {
      h = { row: b.row, slug: raw.slug, name: raw.nama, ok: false, issues: [{ file: '', field: '', message: b.issue }], values: raw };
    } else {
      const r = await createSite(raw, { ...options, taken });
      h = r.ok
        ? { row: b.row, slug: r.site.plan.slug, name: r.site.plan.site.nama, ok: true, site: r.site, issues: [], values: raw }
        : { row: b.row, slug: r.slug, name: raw.nama, ok: false, issues: r.issues, values: raw };
      if (r.ok) taken.set(r.site.plan.slug, `baris ${b.row}`);
    }
    result.push(h);
    options.onRow?.(h, i + 1, csvTable.rows.length);
  }
  return { results: result, ignoredColumns: ignored };
}
