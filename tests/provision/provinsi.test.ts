import { describe, expect, it } from 'vitest';
import { findProvinsi, findZone, PROVINSI, suggestProvinsi } from '../../scripts/lib/provision/provinsi.ts';

describe('provinsi', () => {
  it('lists all 38 provinces, each once, in the right time zone', () => {
    expect(PROVINSI).toHaveLength(38);
    expect(new Set(PROVINSI.map((p) => p.name)).size).toBe(38);
    const per = (z: string) => PROVINSI.filter((p) => p.zone === z).length;
    expect([per('Asia/Jakarta'), per('Asia/Makassar'), per('Asia/Jayapura')]).toEqual([18, 12, 8]);
  });

  it.each([
    ['Jawa Barat', 'Jawa Barat', 'Asia/Jakarta'],
    ['jawa  barat', 'Jawa Barat', 'Asia/Jakarta'],
    ['Provinsi Jawa Timur', 'Jawa Timur', 'Asia/Jakarta'],
    ['DKI Jakarta', 'DKI Jakarta', 'Asia/Jakarta'],
    ['Jakarta', 'DKI Jakarta', 'Asia/Jakarta'],
    ['D.K.I. Jakarta', 'DKI Jakarta', 'Asia/Jakarta'],
    ['DI Yogyakarta', 'DI Yogyakarta', 'Asia/Jakarta'],
    ['D.I. Yogyakarta', 'DI Yogyakarta', 'Asia/Jakarta'],
    ['Yogyakarta', 'DI Yogyakarta', 'Asia/Jakarta'],
    ['Kalimantan Barat', 'Kalimantan Barat', 'Asia/Jakarta'],
    ['Bali', 'Bali', 'Asia/Makassar'],
    ['NTT', 'Nusa Tenggara Timur', 'Asia/Makassar'],
    ['Kalimantan Utara', 'Kalimantan Utara', 'Asia/Makassar'],
    ['Maluku Utara', 'Maluku Utara', 'Asia/Jayapura'],
    ['Papua Selatan', 'Papua Selatan', 'Asia/Jayapura'],
    ['Papua Tengah', 'Papua Tengah', 'Asia/Jayapura'],
    ['Papua Pegunungan', 'Papua Pegunungan', 'Asia/Jayapura'],
    ['papua barat daya', 'Papua Barat Daya', 'Asia/Jayapura'],
  ])('%s → %s (%s)', (input, name, zone) => {
    expect(findProvinsi(input)).toMatchObject({ name, zone });
  });

  it('does not know made-up provinces, but suggests the closest one for a typo', () => {
    expect(findProvinsi('Jawa Barar')).toBeUndefined();
    expect(suggestProvinsi('Jawa Barar')).toBe('Jawa Barat');
    expect(suggestProvinsi('Sulawesi Tenggra')).toBe('Sulawesi Tenggara');
    expect(suggestProvinsi('Atlantis')).toBeUndefined();
  });

  it('reads time zones as WIB/WITA/WIT or IANA names', () => {
    expect(findZone('wita')).toBe('Asia/Makassar');
    expect(findZone('WIT')).toBe('Asia/Jayapura');
    expect(findZone('Asia/Jakarta')).toBe('Asia/Jakarta');
    expect(findZone('GMT+7')).toBeUndefined();
  });
});
