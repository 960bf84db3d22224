/**
 * The 38 provinces of Indonesia (since the 2022 Papua split) and their time zone, so an
 * operator never has to know whether a district is WIB, WITA or WIT.
 */
import type { TimeZone } from '../../../src/schemas/site.ts';

export interface Provinsi {
  /** The name written into site.yaml. */
  nama: string;
  zona: TimeZone;
  /** Other ways operators write it: short forms, old names, abbreviations. */
  alias?: readonly string[];
}

const WIB = 'Asia/Jakarta';
const WITA = 'Asia/Makassar';
const WIT = 'Asia/Jayapura';

export const PROVINSI: readonly Provinsi[] = [
  { nama: 'Aceh', zona: WIB, alias: ['Nanggroe Aceh Darussalam', 'NAD'] },
  { nama: 'Sumatera Utara', zona: WIB, alias: ['Sumut', 'Sumatra Utara'] },
  { nama: 'Sumatera Barat', zona: WIB, alias: ['Sumbar', 'Sumatra Barat'] },
  { nama: 'Riau', zona: WIB },
  { nama: 'Kepulauan Riau', zona: WIB, alias: ['Kepri'] },
  { nama: 'Jambi', zona: WIB },
  { nama: 'Sumatera Selatan', zona: WIB, alias: ['Sumsel', 'Sumatra Selatan'] },
  { nama: 'Kepulauan Bangka Belitung', zona: WIB, alias: ['Bangka Belitung', 'Babel'] },
  { nama: 'Bengkulu', zona: WIB },
  { nama: 'Lampung', zona: WIB },
  {
    nama: 'DKI Jakarta',
    zona: WIB,
    alias: ['Jakarta', 'Daerah Khusus Ibukota Jakarta', 'Daerah Khusus Ibu Kota Jakarta', 'Daerah Khusus Jakarta', 'DKJ'],
  },
  { nama: 'Jawa Barat', zona: WIB, alias: ['Jabar'] },
  { nama: 'Banten', zona: WIB },
  { nama: 'Jawa Tengah', zona: WIB, alias: ['Jateng'] },
  { nama: 'DI Yogyakarta', zona: WIB, alias: ['Yogyakarta', 'Daerah Istimewa Yogyakarta', 'DIY', 'Jogja', 'Jogjakarta'] },
  { nama: 'Jawa Timur', zona: WIB, alias: ['Jatim'] },
  { nama: 'Kalimantan Barat', zona: WIB, alias: ['Kalbar'] },
  { nama: 'Kalimantan Tengah', zona: WIB, alias: ['Kalteng'] },
  { nama: 'Bali', zona: WITA },
  { nama: 'Nusa Tenggara Barat', zona: WITA, alias: ['NTB'] },
  { nama: 'Nusa Tenggara Timur', zona: WITA, alias: ['NTT'] },
  { nama: 'Kalimantan Selatan', zona: WITA, alias: ['Kalsel'] },
  { nama: 'Kalimantan Timur', zona: WITA, alias: ['Kaltim'] },
  { nama: 'Kalimantan Utara', zona: WITA, alias: ['Kaltara'] },
  { nama: 'Sulawesi Utara', zona: WITA, alias: ['Sulut'] },
  { nama: 'Gorontalo', zona: WITA },
  { nama: 'Sulawesi Tengah', zona: WITA, alias: ['Sulteng'] },
  { nama: 'Sulawesi Barat', zona: WITA, alias: ['Sulbar'] },
  { nama: 'Sulawesi Selatan', zona: WITA, alias: ['Sulsel'] },
  { nama: 'Sulawesi Tenggara', zona: WITA, alias: ['Sultra'] },
  { nama: 'Maluku', zona: WIT },
  { nama: 'Maluku Utara', zona: WIT, alias: ['Malut'] },
  { nama: 'Papua', zona: WIT },
  { nama: 'Papua Barat', zona: WIT, alias: ['Pabar', 'Irian Jaya Barat'] },
  { nama: 'Papua Selatan', zona: WIT },
  { nama: 'Papua Tengah', zona: WIT },
  { nama: 'Papua Pegunungan', zona: WIT },
  { nama: 'Papua Barat Daya', zona: WIT },
];

/** Lower case, no dots, single spaces, without a leading "Provinsi"/"Prov." */
function key(name: string): string {
  return name
    .toLowerCase()
    .replace(/\./g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(provinsi|prov|propinsi) /, '')
    .replace(/^d i /, 'di ')
    .replace(/^d k i /, 'dki ');
}

const INDEKS = new Map<string, Provinsi>();
for (const p of PROVINSI) {
  for (const n of [p.nama, ...(p.alias ?? [])]) INDEKS.set(key(n), p);
}

/** The province an operator meant, or undefined when the name is not one of the 38. */
export function findProvinsi(name: string): Provinsi | undefined {
  return INDEKS.get(key(name));
}

function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/** The closest province name to a misspelt one, for a "maksud Anda …?" hint. */
export function suggestProvinsi(name: string): string | undefined {
  const k = key(name);
  let best: { nama: string; d: number } | undefined;
  for (const [alias, p] of INDEKS) {
    const d = distance(k, alias);
    if (!best || d < best.d) best = { nama: p.nama, d };
  }
  return best && best.d <= Math.max(2, Math.floor(k.length / 4)) ? best.nama : undefined;
}

/** Accepts WIB/WITA/WIT or the IANA name; undefined when it is neither. */
export function findZone(values: string): TimeZone | undefined {
  const v = values.trim();
  const short: Record<string, TimeZone> = { wib: WIB, wita: WITA, wit: WIT };
  const s = short[v.toLowerCase()];
  if (s) return s;
  return ([WIB, WITA, WIT] as TimeZone[]).find((z) => z.toLowerCase() === v.toLowerCase());
}
