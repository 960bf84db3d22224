/**
 * A whole district from one CSV: every row is validated and created on its own, so one bad
 * row never stops the others. Flags given next to `--csv` fill cells left empty (e.g. the
 * same kabupaten and provinsi for all rows).
 */
import { bacaTabelCsv, CsvError } from './csv.ts';
import { ISIAN, isianKolom } from './fields.ts';
import type { Mentah } from './inputs.ts';
import type { ValidationIssue } from '../issues.ts';
import { buatSitus, type OpsiBuat, type SitusBaru } from './provision.ts';

export interface HasilBaris {
  /** Row number as the spreadsheet shows it (header = 1). */
  baris: number;
  slug?: string;
  nama?: string;
  ok: boolean;
  situs?: SitusBaru;
  galat: ValidationIssue[];
  /** The values used for this row (cells, then flag defaults), to quote them in messages. */
  nilai: Mentah;
}

export interface OpsiBanyak extends Omit<OpsiBuat, 'terpakai'> {
  /** Values for cells left empty, from flags. */
  bawaan?: Mentah;
  /** Called after each row, for progress. */
  setiapBaris?: (h: HasilBaris, ke: number, jumlah: number) => void;
}

export interface HasilCsv {
  hasil: HasilBaris[];
  /** Column headers that mean nothing to us; their cells are ignored. */
  kolomDiabaikan: string[];
}

/** Column header → field name. */
export function petakanKolom(kolom: readonly string[]): { peta: Map<string, string>; diabaikan: string[] } {
  const peta = new Map<string, string>();
  const diabaikan: string[] = [];
  for (const k of kolom) {
    if (k === '') continue;
    const f = isianKolom(k);
    if (f) peta.set(k, f.nama);
    else diabaikan.push(k);
  }
  return { peta, diabaikan };
}

export async function buatDariCsv(teks: string, opsi: OpsiBanyak): Promise<HasilCsv> {
  const tabelCsv = bacaTabelCsv(teks);
  const { peta, diabaikan } = petakanKolom(tabelCsv.kolom);
  const bawaan = Object.fromEntries(Object.entries(opsi.bawaan ?? {}).filter(([, v]) => v?.trim()));

  const ada = new Set(peta.values());
  const hilang = ISIAN.filter((f) => f.wajib && !ada.has(f.nama) && !bawaan[f.nama]).map((f) => f.nama);
  if (hilang.length > 0) {
    throw new CsvError(
      `kolom ${hilang.join(', ')} tidak ada di baris judul CSV. Tambahkan kolomnya, atau beri nilai yang sama untuk semua baris lewat ${hilang.map((h) => `--${h}`).join(', ')}`,
    );
  }

  const terpakai = new Map<string, string>();
  const hasil: HasilBaris[] = [];
  for (const [i, b] of tabelCsv.baris.entries()) {
    const mentah: Record<string, string | undefined> = { ...bawaan };
    // Two headers for one field (e.g. "desa" and "kelurahan"): the first non-empty cell wins.
    const dariSel = new Set<string>();
    for (const [kolom, nama] of peta) {
      const v = b.nilai[kolom]?.trim();
      if (v && !dariSel.has(nama)) {
        mentah[nama] = v;
        dariSel.add(nama);
      }
    }
    let h: HasilBaris;
    if (b.galat) {
      h = { baris: b.baris, slug: mentah.slug, nama: mentah.nama, ok: false, galat: [{ file: '', field: '', message: b.galat }], nilai: mentah };
    } else {
      const r = await buatSitus(mentah, { ...opsi, terpakai });
      h = r.ok
        ? { baris: b.baris, slug: r.situs.rencana.slug, nama: r.situs.rencana.site.nama, ok: true, situs: r.situs, galat: [], nilai: mentah }
        : { baris: b.baris, slug: r.slug, nama: mentah.nama, ok: false, galat: r.galat, nilai: mentah };
      if (r.ok) terpakai.set(r.situs.rencana.slug, `baris ${b.baris}`);
    }
    hasil.push(h);
    opsi.setiapBaris?.(h, i + 1, tabelCsv.baris.length);
  }
  return { hasil, kolomDiabaikan: diabaikan };
}
