import { describe, expect, it } from 'vitest';
import { formatWilayah } from '../../src/lib/wilayah.ts';

const w = { kecamatan: 'Senduro', kabupaten: 'Kabupaten Lumajang', provinsi: 'Jawa Timur' };

describe('formatWilayah', () => {
  it('prefixes desa and kecamatan', () => {
    expect(formatWilayah({ jenis: 'desa', wilayah: { ...w, desa: 'Argosari' } })).toBe('Desa Argosari, Kecamatan Senduro, Kabupaten Lumajang, Jawa Timur');
  });
  it('uses Kelurahan for a kelurahan', () => {
    expect(formatWilayah({ jenis: 'kelurahan', wilayah: { ...w, desa: 'Karang Anyar' } })).toBe(
      'Kelurahan Karang Anyar, Kecamatan Senduro, Kabupaten Lumajang, Jawa Timur',
    );
  });
  it('does not repeat a prefix the operator already typed', () => {
    expect(formatWilayah({ jenis: 'desa', wilayah: { ...w, desa: 'Desa Argosari', kecamatan: 'Kecamatan Senduro' } })).toBe(
      'Desa Argosari, Kecamatan Senduro, Kabupaten Lumajang, Jawa Timur',
    );
  });
  it('leaves out a missing desa (forum kecamatan)', () => {
    expect(formatWilayah({ jenis: 'forum-kecamatan', wilayah: w })).toBe('Kecamatan Senduro, Kabupaten Lumajang, Jawa Timur');
  });
});
