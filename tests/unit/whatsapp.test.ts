import { describe, expect, it } from 'vitest';
import { normalizeWhatsapp, whatsappLink } from '../../src/lib/whatsapp.ts';

describe('normalizeWhatsapp', () => {
  it('accepts the usual local forms', () => {
    expect(normalizeWhatsapp('0812 3456 7890')).toBe('6281234567890');
    expect(normalizeWhatsapp('+62 812-3456-7890')).toBe('6281234567890');
    expect(normalizeWhatsapp('6281234567890')).toBe('6281234567890');
    expect(normalizeWhatsapp('81234567890')).toBe('6281234567890');
  });

  it('rejects landlines, foreign and malformed numbers', () => {
    expect(normalizeWhatsapp('021 555 1234')).toBeNull();
    expect(normalizeWhatsapp('+1 202 555 0143')).toBeNull();
    expect(normalizeWhatsapp('0812-abc')).toBeNull();
    expect(normalizeWhatsapp('0812345')).toBeNull();
  });
});

describe('whatsappLink', () => {
  it('links to a number', () => {
    expect(whatsappLink('6281234567890')).toBe('https://wa.me/6281234567890');
  });
  it('prefills an encoded message', () => {
    expect(whatsappLink('6281234567890', 'Halo, saya pesan Keripik (Rp 25.000/bungkus)')).toBe(
      'https://wa.me/6281234567890?text=Halo%2C%20saya%20pesan%20Keripik%20(Rp%2025.000%2Fbungkus)',
    );
  });
});
