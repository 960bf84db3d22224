import { describe, expect, it } from 'vitest';
import { aspirasiChannels } from '../../src/lib/aspirasi.ts';

const text = { pesanAwal: 'Halo KIM, saya ingin menyampaikan aspirasi:', subjekEmail: 'Aspirasi warga' };
const contact = { alamat: 'Jl. Contoh' };

describe('saluranAspirasi', () => {
  it('uses the aspiration settings with their own opening message', () => {
    const s = aspirasiChannels(
      {
        kontak: { ...contact, whatsapp: '6281111111111' },
        aspirasi: { whatsapp: '6282222222222', email: 'aspirasi@kim.id', formulir_url: 'https://forms.example/x', pesan_awal: 'Usul saya' },
      },
      text,
    );
    expect(s.whatsapp).toBe('https://wa.me/6282222222222?text=Usul%20saya');
    expect(s.email).toBe('mailto:aspirasi@kim.id?subject=Aspirasi%20warga');
    expect(s.formulir).toBe('https://forms.example/x');
  });

  it("falls back to the secretariat's WhatsApp and a default message", () => {
    const s = aspirasiChannels({ kontak: { ...contact, whatsapp: '6281111111111' }, aspirasi: {} }, text);
    expect(s.whatsapp).toBe(`https://wa.me/6281111111111?text=${encodeURIComponent(text.pesanAwal)}`);
    expect(s.formulir).toBeUndefined();
  });

  it('offers nothing that is not configured', () => {
    expect(aspirasiChannels({ kontak: contact, aspirasi: {} }, text)).toEqual({});
  });
});
