/** Draws a KIM emblem as SVG: a coloured roundel with the word KIM and the group's initials. */
import { hsl, seededRandom } from './seed.ts';

/** "KIM Ngudi Rahayu" → "NR"; at most three letters. */
export function initialsOf(name: string): string {
  const words = name
    .replace(/^(KIM|Forum KIM|Kelompok Informasi Masyarakat)\s+/i, '')
    .split(/\s+/)
    .filter((w) => /^[A-Za-z]/.test(w));
  const letters = words.map((w) => w[0]!.toUpperCase()).join('');
  return (letters || 'K').slice(0, 3);
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface LogoColors {
  utama: string;
  aksen: string;
}

/** Uses the KIM's own colours when its settings give them, else colours from the seed. */
export function logoSvg(seedName: string, kimName: string, size = 512, colors?: LogoColors): string {
  const rnd = seededRandom(`${seedName}|${kimName}`);
  const hue = rnd.range(0, 360);
  const main = colors?.utama ?? hsl(hue, 60, 32);
  const accent = colors?.aksen ?? hsl(hue + rnd.range(120, 200), 75, 55);
  const initials = escapeXml(initialsOf(kimName));
  const c = size / 2;
  // Eight rays around the roundel, like a radio signal: information spreading outward.
  let rays = '';
  for (let i = 0; i < 8; i++) {
    const a = (i * Math.PI) / 4 + Math.PI / 8;
    const x1 = c + Math.cos(a) * size * 0.36;
    const y1 = c + Math.sin(a) * size * 0.36;
    const x2 = c + Math.cos(a) * size * 0.46;
    const y2 = c + Math.sin(a) * size * 0.46;
    rays += `<line x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" stroke="${accent}" stroke-width="${(size * 0.035).toFixed(1)}" stroke-linecap="round"/>`;
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">` +
    rays +
    `<circle cx="${c}" cy="${c}" r="${size * 0.33}" fill="${main}"/>` +
    `<circle cx="${c}" cy="${c}" r="${size * 0.3}" fill="none" stroke="${accent}" stroke-width="${size * 0.014}"/>` +
    `<text x="${c}" y="${c - size * 0.06}" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-weight="bold" font-size="${size * 0.1}" fill="#ffffff" fill-opacity="0.85">KIM</text>` +
    `<text x="${c}" y="${c + size * 0.13}" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-weight="bold" font-size="${size * (initials.length > 2 ? 0.15 : 0.19)}" fill="#ffffff">${initials}</text>` +
    `</svg>`
  );
}
