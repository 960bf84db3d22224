import { describe, expect, it } from 'vitest';
import { formatPricePerUnit, formatRupiah } from '../../src/lib/price.ts';

describe('harga', () => {
  it('formats rupiah with dots and no decimals', () => {
    expect(formatRupiah(25000)).toBe('Rp\u00a025.000');
    expect(formatRupiah(1500000)).toBe('Rp\u00a01.500.000');
    expect(formatRupiah(0)).toBe('Rp\u00a00');
  });
  it('adds the unit', () => {
    expect(formatPricePerUnit(25000, 'bungkus')).toBe('Rp\u00a025.000/bungkus');
  });
});
