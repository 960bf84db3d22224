/**
 * The 38 provinces of Indonesia (since the 2022 Papua split) and their time zone, so an
 * operator never has to know whether a district is WIB, WITA or WIT.
 */
import type { TimeZone } from '../../../src/schemas/site.ts';

export interface Provinsi {
  /** The name written into site.yaml. */
  name: string;
  zone: TimeZone;
  /** Other ways operators write it: short forms, old names, abbreviations. */
  alias?: readonly string[];
}

const WIB = 'Asia/Jakarta';
const WITA = 'Asia/Makassar';
const WIT = 'Asia/Jayapura';

export const PROVINSI: readonly Provinsi[] = [
  { name: 'Aceh', zone: WIB, alias: ['Nanggroe Aceh Darussalam', 'NAD'] },
  { name: 'Sumatera Utara', zone: WIB, alias: ['Sumut', 'Sumatra Utara'] },
  { name: 'Sumatera Barat', zone: WIB, alias: ['Sumbar', 'Sumatra Barat'] },
  { name: 'Riau', zone: WIB },
  { name: 'Kepulauan Riau', zone: WIB, alias: ['Kepri'] },
  { name: 'Jambi', zone: WIB },
  { name: 'Sumatera Selatan', zone: WIB, alias: ['Sumsel', 'Sumatra Selatan'] },
  { name: 'Kepulauan Bangka Belitung', zone: WIB, alias: ['Bangka Belitung', 'Babel'] },
  { name: 'Bengkulu', zone: WIB },
  { name: 'Lampung', zone: WIB },
  {
    name: 'DKI Jakarta',
    zone: WIB,
    alias: ['Jakarta', 'Daerah Khusus Ibukota Jakarta', 'Daerah Khusus Ibu Kota Jakarta', 'Daerah Khusus Jakarta', 'DKJ'],
  },
  { name: 'Jawa Barat', zone: WIB, alias: ['Jabar'] },
  { name: 'Banten', zone: WIB },
  { name: 'Jawa Tengah', zone: WIB, alias: ['Jateng'] },
  { name: 'DI Yogyakarta', zone: WIB, alias: ['Yogyakarta', 'Daerah Istimewa Yogyakarta', 'DIY', 'Jogja', 'Jogjakarta'] },
  { name: 'Jawa Timur', zone: WIB, alias: ['Jatim'] },
  { name: 'Kalimantan Barat', zone: WIB, alias: ['Kalbar'] },
  { name: 'Kalimantan Tengah', zone: WIB, alias: ['Kalteng'] },
  { name: 'Bali', zone: WITA },
  { name: 'Nusa Tenggara Barat', zone: WITA, alias: ['NTB'] },
  { name: 'Nusa Tenggara Timur', zone: WITA, alias: ['NTT'] },
  { name: 'Kalimantan Selatan', zone: WITA, alias: ['Kalsel'] },
  { name: 'Kalimantan Timur', zone: WITA, alias: ['Kaltim'] },
  { name: 'Kalimantan Utara', zone: WITA, alias: ['Kaltara'] },
  { name: 'Sulawesi Utara', zone: WITA, alias: ['Sulut'] },
  { name: 'Gorontalo', zone: WITA },
  { name: 'Sulawesi Tengah', zone: WITA, alias: ['Sulteng'] },
  { name: 'Sulawesi Barat', zone: WITA, alias: ['Sulbar'] },
  { name: 'Sulawesi Selatan', zone: WITA, alias: ['Sulsel'] },
  { name: 'Sulawesi Tenggara', zone: WITA, alias: ['Sultra'] },
  { name: 'Maluku', zone: WIT },
  { name: 'Maluku Utara', zone: WIT, alias: ['Malut'] },
  { name: 'Papua', zone: WIT },
  { name: 'Papua Barat', zone: WIT, alias: ['Pabar', 'Irian Jaya Barat'] },
  { name: 'Papua Selatan', zone: WIT },
  { name: 'Papua Tengah', zone: WIT },
  { name: 'Papua Pegunungan', zone: WIT },
  { name: 'Papua Barat Daya', zone: WIT },
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
  for (const n of [p.name, ...(p.alias ?? [])]) INDEKS.set(key(n), p);
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
    if (!best || d < best.d) best = { nama: p.name, d };
  }
  return best && best.d <= Math.max(2, Math.floor(k.length / 4)) ? best.nama : undefined;
}

/** Accepts WIB/WITA/WIT or the IANA name; undefined when it is neither. */
export function findZone(value: string): TimeZone | undefined {
  const v = value.trim();
  const short: Record<string, TimeZone> = { wib: WIB, wita: WITA, wit: WIT };
  const s = short[v.toLowerCase()];
  if (s) return s;
  return ([WIB, WITA, WIT] as TimeZone[]).find((z) => z.toLowerCase() === v.toLowerCase());
}
