/**
 * Draws a simple landscape as SVG: sky gradient, sun, far and near hills, then rice
 * fields, sea or a village street, with houses and trees. Everything comes from a seed, so
 * a file name always yields the same picture while different names look different.
 * Flat shapes and gradients keep the JPEGs small.
 */
import { hsl, seededRandom, type Random } from './seed.ts';

type Ground = 'sawah' | 'laut' | 'kampung' | 'kebun';

/** Pick the scene from words in the file name when they hint at one. */
function groundFor(name: string, rnd: Random): Ground {
  if (/pantai|laut|ikan|nelayan|perahu|dermaga|pesisir|kanal|danau|tambak|sungai/.test(name)) return 'laut';
  if (/sawah|padi|panen|tani|gabah|irigasi/.test(name)) return 'sawah';
  if (/kebun|sayur|hutan|kopi|teh|bibit|tanam|pohon/.test(name)) return 'kebun';
  if (/jalan|rumah|balai|kantor|posyandu|rapat|musyawarah|pasar|warung|kampung/.test(name)) return 'kampung';
  return rnd.pick(['sawah', 'laut', 'kampung', 'kebun'] as const);
}

/** A smooth ridge line across the width, as the top edge of a closed path. */
function ridge(rnd: Random, w: number, h: number, baseY: number, amplitude: number, bumps: number): string {
  const step = w / bumps;
  let y = baseY + rnd.range(-amplitude, amplitude);
  let d = `M0 ${h} L0 ${y.toFixed(0)}`;
  for (let i = 1; i <= bumps; i++) {
    const x = i * step;
    const ny = baseY + rnd.range(-amplitude, amplitude);
    const cx = x - step / 2;
    const cy = Math.min(ny, y) - rnd.range(0, amplitude);
    d += ` Q${cx.toFixed(0)} ${cy.toFixed(0)} ${x.toFixed(0)} ${ny.toFixed(0)}`;
    y = ny;
  }
  return `${d} L${w} ${h} Z`;
}

function house(x: number, y: number, s: number, wall: string, roof: string): string {
  const w = 90 * s;
  const hh = 60 * s;
  return (
    `<rect x="${x.toFixed(0)}" y="${(y - hh).toFixed(0)}" width="${w.toFixed(0)}" height="${hh.toFixed(0)}" fill="${wall}"/>` +
    `<polygon points="${(x - 12 * s).toFixed(0)},${(y - hh).toFixed(0)} ${(x + w / 2).toFixed(0)},${(y - hh - 45 * s).toFixed(0)} ${(x + w + 12 * s).toFixed(0)},${(y - hh).toFixed(0)}" fill="${roof}"/>` +
    `<rect x="${(x + w * 0.4).toFixed(0)}" y="${(y - hh * 0.6).toFixed(0)}" width="${(w * 0.2).toFixed(0)}" height="${(hh * 0.6).toFixed(0)}" fill="#5a3b24"/>`
  );
}

function tree(x: number, y: number, s: number, leaf: string): string {
  return (
    `<rect x="${(x - 6 * s).toFixed(0)}" y="${(y - 70 * s).toFixed(0)}" width="${(12 * s).toFixed(0)}" height="${(70 * s).toFixed(0)}" fill="#6b4a2b"/>` +
    `<circle cx="${x.toFixed(0)}" cy="${(y - 90 * s).toFixed(0)}" r="${(42 * s).toFixed(0)}" fill="${leaf}"/>` +
    `<circle cx="${(x - 28 * s).toFixed(0)}" cy="${(y - 70 * s).toFixed(0)}" r="${(28 * s).toFixed(0)}" fill="${leaf}"/>` +
    `<circle cx="${(x + 28 * s).toFixed(0)}" cy="${(y - 72 * s).toFixed(0)}" r="${(30 * s).toFixed(0)}" fill="${leaf}"/>`
  );
}

function palm(x: number, y: number, s: number, leaf: string): string {
  const top = y - 190 * s;
  let fronds = '';
  for (const dx of [-70, -40, 40, 70]) {
    fronds += `<path d="M${x.toFixed(0)} ${top.toFixed(0)} Q${(x + dx * 0.6 * s).toFixed(0)} ${(top - 40 * s).toFixed(0)} ${(x + dx * s).toFixed(0)} ${(top + 35 * s).toFixed(0)}" stroke="${leaf}" stroke-width="${(14 * s).toFixed(0)}" fill="none" stroke-linecap="round"/>`;
  }
  return `<path d="M${x.toFixed(0)} ${y.toFixed(0)} Q${(x + 20 * s).toFixed(0)} ${(y - 100 * s).toFixed(0)} ${x.toFixed(0)} ${top.toFixed(0)}" stroke="#7a5a36" stroke-width="${(12 * s).toFixed(0)}" fill="none"/>${fronds}`;
}

/** The SVG source of a landscape photo of the given size, seeded by `seedName`. */
export function sceneSvg(seedName: string, width: number, height: number): string {
  // Draw on a fixed 1600-wide canvas and let the viewBox scale it, so every size looks alike.
  const W = 1600;
  const H = Math.round((W * height) / width);
  const rnd = seededRandom(seedName);
  const ground = groundFor(seedName.toLowerCase(), rnd);
  const time = rnd.pick(['pagi', 'siang', 'sore'] as const);
  const hue = rnd.range(0, 360);
  const horizon = H * rnd.range(0.45, 0.6);

  const skyTop = time === 'sore' ? hsl(rnd.range(220, 260), 55, 35) : hsl(rnd.range(195, 220), 70, time === 'pagi' ? 62 : 50);
  const skyBottom = time === 'sore' ? hsl(rnd.range(15, 40), 85, 65) : hsl(rnd.range(185, 205), 60, time === 'pagi' ? 88 : 80);
  const sunColor = time === 'sore' ? hsl(rnd.range(20, 40), 95, 60) : hsl(rnd.range(45, 58), 100, 78);
  const sunX = rnd.range(W * 0.12, W * 0.88);
  const sunY = rnd.range(H * 0.1, horizon * 0.7);
  const greenHue = rnd.range(85, 140);

  const parts: string[] = [];
  parts.push(
    `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${skyTop}"/><stop offset="1" stop-color="${skyBottom}"/></linearGradient>` +
      `<radialGradient id="glow"><stop offset="0" stop-color="${sunColor}" stop-opacity="0.55"/><stop offset="1" stop-color="${sunColor}" stop-opacity="0"/></radialGradient></defs>`,
  );
  parts.push(`<rect width="${W}" height="${H}" fill="url(#sky)"/>`);
  parts.push(`<circle cx="${sunX.toFixed(0)}" cy="${sunY.toFixed(0)}" r="260" fill="url(#glow)"/>`);
  parts.push(`<circle cx="${sunX.toFixed(0)}" cy="${sunY.toFixed(0)}" r="${rnd.int(55, 90)}" fill="${sunColor}"/>`);
  // A few flat clouds.
  for (let i = rnd.int(1, 4); i > 0; i--) {
    const cx = rnd.range(0, W);
    const cy = rnd.range(H * 0.06, horizon * 0.6);
    const r = rnd.range(30, 60);
    parts.push(
      `<g fill="#ffffff" fill-opacity="${rnd.range(0.55, 0.85).toFixed(2)}"><ellipse cx="${cx.toFixed(0)}" cy="${cy.toFixed(0)}" rx="${(r * 2.4).toFixed(0)}" ry="${r.toFixed(0)}"/><ellipse cx="${(cx + r).toFixed(0)}" cy="${(cy - r * 0.5).toFixed(0)}" rx="${(r * 1.4).toFixed(0)}" ry="${(r * 0.9).toFixed(0)}"/></g>`,
    );
  }
  // Far mountains, bluish; nearer hills, greener.
  parts.push(`<path d="${ridge(rnd, W, H, horizon - H * 0.16, H * 0.08, rnd.int(2, 4))}" fill="${hsl(rnd.range(200, 240), 25, time === 'sore' ? 40 : 58)}"/>`);
  parts.push(`<path d="${ridge(rnd, W, H, horizon - H * 0.05, H * 0.05, rnd.int(3, 6))}" fill="${hsl(greenHue, 35, 38)}"/>`);

  if (ground === 'laut') {
    const sea = hsl(rnd.range(180, 215), 60, time === 'sore' ? 38 : 45);
    parts.push(`<rect x="0" y="${horizon.toFixed(0)}" width="${W}" height="${(H - horizon).toFixed(0)}" fill="${sea}"/>`);
    for (let i = 0; i < 6; i++) {
      const y = horizon + (H - horizon) * (0.1 + i * 0.1);
      parts.push(
        `<rect x="${rnd.range(0, W * 0.6).toFixed(0)}" y="${y.toFixed(0)}" width="${rnd.range(150, 500).toFixed(0)}" height="4" fill="#ffffff" fill-opacity="0.35"/>`,
      );
    }
    const beachTop = H - (H - horizon) * rnd.range(0.25, 0.4);
    parts.push(
      `<path d="M0 ${H} L0 ${beachTop.toFixed(0)} Q${W / 2} ${(beachTop - 60).toFixed(0)} ${W} ${(beachTop + 30).toFixed(0)} L${W} ${H} Z" fill="${hsl(rnd.range(35, 48), 55, 72)}"/>`,
    );
    // A boat.
    const bx = rnd.range(W * 0.15, W * 0.7);
    const by = horizon + (H - horizon) * 0.35;
    const hull = hsl(hue, 65, 45);
    parts.push(
      `<path d="M${bx.toFixed(0)} ${by.toFixed(0)} L${(bx + 260).toFixed(0)} ${by.toFixed(0)} L${(bx + 220).toFixed(0)} ${(by + 40).toFixed(0)} L${(bx + 40).toFixed(0)} ${(by + 40).toFixed(0)} Z" fill="${hull}"/>`,
    );
    parts.push(
      `<polygon points="${(bx + 120).toFixed(0)},${(by - 150).toFixed(0)} ${(bx + 120).toFixed(0)},${by.toFixed(0)} ${(bx + 220).toFixed(0)},${by.toFixed(0)}" fill="#f4efe3"/>`,
    );
    for (let i = rnd.int(2, 4); i > 0; i--) parts.push(palm(rnd.range(0, W), H - rnd.range(10, 60), rnd.range(0.9, 1.4), hsl(greenHue, 50, 32)));
  } else {
    const land = hsl(greenHue + rnd.range(-10, 10), 45, ground === 'sawah' ? 50 : 42);
    parts.push(`<rect x="0" y="${horizon.toFixed(0)}" width="${W}" height="${(H - horizon).toFixed(0)}" fill="${land}"/>`);
    if (ground === 'sawah') {
      // Terraced rice fields: bands that widen towards the viewer.
      const bands = rnd.int(5, 8);
      let y = horizon;
      for (let i = 0; i < bands; i++) {
        const bh = ((H - horizon) / bands) * (0.6 + i * 0.12);
        const l = 42 + (i % 2) * 8 + rnd.range(-3, 3);
        parts.push(
          `<path d="M0 ${y.toFixed(0)} Q${W / 2} ${(y + rnd.range(-25, 25)).toFixed(0)} ${W} ${y.toFixed(0)} L${W} ${(y + bh).toFixed(0)} L0 ${(y + bh).toFixed(0)} Z" fill="${hsl(greenHue - 15 + i * 2, 55, l)}"/>`,
        );
        parts.push(
          `<path d="M0 ${y.toFixed(0)} Q${W / 2} ${(y + 10).toFixed(0)} ${W} ${y.toFixed(0)}" stroke="${hsl(35, 35, 55)}" stroke-width="5" fill="none"/>`,
        );
        y += bh;
      }
      // A farmer's hut.
      const hx = rnd.range(W * 0.1, W * 0.8);
      parts.push(house(hx, horizon + (H - horizon) * 0.3, 0.8, hsl(35, 40, 55), hsl(25, 45, 35)));
    } else if (ground === 'kebun') {
      for (let row = 0; row < 4; row++) {
        const y = horizon + (H - horizon) * (0.2 + row * 0.22);
        const s = 0.5 + row * 0.3;
        for (let x = rnd.range(0, 80); x < W; x += 140 * s + rnd.range(0, 60)) {
          parts.push(
            `<ellipse cx="${x.toFixed(0)}" cy="${y.toFixed(0)}" rx="${(55 * s).toFixed(0)}" ry="${(30 * s).toFixed(0)}" fill="${hsl(greenHue + rnd.range(-20, 20), 50, 28 + rnd.range(0, 14))}"/>`,
          );
        }
      }
    } else {
      // Village street with houses on the horizon line.
      const road = hsl(30, 10, 55);
      parts.push(`<polygon points="${W * 0.46},${horizon.toFixed(0)} ${W * 0.54},${horizon.toFixed(0)} ${W * 0.8},${H} ${W * 0.2},${H}" fill="${road}"/>`);
      const count = rnd.int(3, 6);
      for (let i = 0; i < count; i++) {
        const left = i % 2 === 0;
        const s = rnd.range(0.9, 1.6);
        const x = left ? rnd.range(20, W * 0.3) : rnd.range(W * 0.6, W - 150);
        parts.push(
          house(x, horizon + rnd.range(30, 160), s, hsl(hue + rnd.range(-60, 60), 45, rnd.range(60, 80)), hsl(rnd.range(0, 30), 55, rnd.range(30, 45))),
        );
      }
    }
    for (let i = rnd.int(2, 5); i > 0; i--)
      parts.push(
        tree(rnd.range(0, W), horizon + rnd.range(20, (H - horizon) * 0.9), rnd.range(0.8, 1.8), hsl(greenHue + rnd.range(-15, 15), 45, rnd.range(22, 34))),
      );
  }

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${W} ${H}" preserveAspectRatio="xMidYMid slice">${parts.join('')}</svg>`;
}
