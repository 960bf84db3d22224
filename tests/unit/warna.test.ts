import { describe, expect, it } from 'vitest';
import { contrastRatio, hexToRgb, SOFT_BACKGROUND, luminance, readableOn, siteColorVars, textOn } from '../../src/lib/warna.ts';

describe('warna', () => {
  it('parses hex colours', () => {
    expect(hexToRgb('#1d6f42')).toEqual([29, 111, 66]);
    expect(() => hexToRgb('hijau')).toThrow();
  });

  it('computes WCAG luminance and contrast', () => {
    expect(luminance('#ffffff')).toBeCloseTo(1);
    expect(luminance('#000000')).toBe(0);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('picks black text on light colours and white on dark ones', () => {
    expect(textOn('#f5c518')).toBe('#000000');
    expect(textOn('#ffffff')).toBe('#000000');
    expect(textOn('#1d6f42')).toBe('#ffffff');
    expect(textOn('#000080')).toBe('#ffffff');
  });

  it('keeps a colour that already reads on white and darkens one that does not', () => {
    expect(readableOn('#1d6f42')).toBe('#1d6f42');
    const yellow = readableOn('#ffee00');
    expect(yellow).not.toBe('#ffee00');
    expect(contrastRatio(yellow, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('lightens on a dark background', () => {
    const c = readableOn('#1d2f42', '#000000');
    expect(contrastRatio(c, '#000000')).toBeGreaterThanOrEqual(4.5);
  });

  it('gives text colours that read on the light grey boxes too', () => {
    for (const hex of ['#ffee00', '#7fdbff', '#1d6f42', '#ff6600', '#00ff00']) {
      const text = /--utama-teks:(#[0-9a-f]{6})/.exec(siteColorVars({ utama: hex, aksen: hex }))![1]!;
      expect(contrastRatio(text, SOFT_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(text, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('writes custom properties for a site', () => {
    expect(siteColorVars({ utama: '#FFEE00', aksen: '#b7791f' })).toBe(
      '--utama:#ffee00;--pada-utama:#000000;--utama-teks:#736b00;--aksen:#b7791f;--pada-aksen:#000000;--aksen-teks:#926119',
    );
  });
});
