/**
 * Readable colours from whatever hex a member picks. WCAG 2 relative luminance and
 * contrast ratio; text on the main colour is black or white, whichever reads better.
 */

type Rgb = [number, number, number];

export function hexToRgb(hex: string): Rgb {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new Error(`bukan kode warna heksadesimal: ${hex}`);
  const n = parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function rgbToHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

export function luminance(hex: string): number {
  const lin = hexToRgb(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * lin[0]! + 0.7152 * lin[1]! + 0.0722 * lin[2]!;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `#000000` or `#ffffff`: the text colour with more contrast on `background`. */
export function textOn(background: string): '#000000' | '#ffffff' {
  return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff') ? '#000000' : '#ffffff';
}

/**
 * The colour itself when it reaches `minRatio` against `background`, else the same hue
 * darkened (or lightened, on a dark background) step by step until it does. Used for links
 * and headings in the site colour on a white page.
 */
export function readableOn(color: string, background = '#ffffff', minRatio = 4.5): string {
  const toward: Rgb = luminance(background) > 0.5 ? [0, 0, 0] : [255, 255, 255];
  const start = hexToRgb(color);
  for (let step = 0; step <= 20; step++) {
    const f = step / 20;
    const mixed = rgbToHex(start.map((c, i) => c + (toward[i]! - c) * f) as Rgb);
    if (contrastRatio(mixed, background) >= minRatio) return mixed;
  }
  return rgbToHex(toward);
}

/**
 * The lightest-but-one background the theme puts coloured text on (`--latar-lembut` in
 * global.css: footer, boxes). A colour that reads on it also reads on white.
 */
export const SOFT_BACKGROUND = '#f4f4f1';

/** CSS custom properties for one site's colours, for a `style` attribute. */
export function siteColorVars(color: { utama: string; aksen: string }): string {
  const utama = color.utama.toLowerCase();
  const aksen = color.aksen.toLowerCase();
  return [
    `--utama:${utama}`,
    `--pada-utama:${textOn(utama)}`,
    `--utama-teks:${readableOn(utama, SOFT_BACKGROUND)}`,
    `--aksen:${aksen}`,
    `--pada-aksen:${textOn(aksen)}`,
    `--aksen-teks:${readableOn(aksen, SOFT_BACKGROUND)}`,
  ].join(';');
}
