/**
 * Photo-like JPEGs for storage benchmarks. Flat drawings compress far better than what phones
 * send, so these have what a camera picture has: a lit gradient (sky to ground), soft shapes at
 * several scales, fine texture (leaves, gravel, fabric) and sensor noise.
 */
import sharp from 'sharp';
import { mulberry32 } from '../random.ts';

export interface PhotoSpec {
  width: number;
  height: number;
  /** JPEG quality of the "camera"; phones save around 90–95. */
  quality?: number;
}

/** A 12 MP phone photo by default (4000×3000, quality 92). */
export async function photoLikeJpeg(seed: number, spec: PhotoSpec = { width: 4000, height: 3000 }): Promise<Buffer> {
  // Drawn at half size, then enlarged as a phone's processing would: soft at the pixel level.
  const w = Math.round(spec.width / 2);
  const h = Math.round(spec.height / 2);
  const r = mulberry32(seed);
  // Soft shapes: a few sinusoid waves of random direction and scale, per channel weight.
  const waves = Array.from({ length: 10 }, () => ({
    fx: (r() - 0.5) * (0.002 + r() * 0.03),
    fy: (r() - 0.5) * (0.002 + r() * 0.03),
    ph: r() * Math.PI * 2,
    amp: 10 + r() * 28,
    ch: [r(), r(), r()],
  }));
  const sky = [120 + r() * 80, 150 + r() * 60, 190 + r() * 50];
  const ground = [60 + r() * 60, 80 + r() * 60, 40 + r() * 40];
  const horizon = 0.3 + r() * 0.3;
  // Detail at every scale, as in a real scene (leaves, bricks, people, shadows): value noise
  // at cell sizes from 2 to 250 px, the larger cells stronger (a 1/f-like spectrum).
  const octaves = [1.5, 4, 10, 25, 60, 150].map((cell, k) => ({ cell, amp: 13 + k * 3, grid: lattice(r, Math.ceil(w / cell) + 2, Math.ceil(h / cell) + 2) }));
  const px = Buffer.alloc(w * h * 3);
  let seedNoise = (seed * 2654435761) >>> 0 || 1;
  const grain = () => {
    // xorshift: fast, and plenty for sensor noise.
    seedNoise ^= seedNoise << 13;
    seedNoise ^= seedNoise >>> 17;
    seedNoise ^= seedNoise << 5;
    return (seedNoise >>> 0) / 4294967296 - 0.5;
  };
  // Objects with hard edges (houses, people, poles): a shift in brightness and colour.
  const objects = Array.from({ length: 60 }, () => {
    const ow = w * (0.02 + r() * 0.15);
    const oh = h * (0.03 + r() * 0.25);
    const ox = r() * w;
    const oy = h * horizon * 0.8 + r() * h * (1 - horizon * 0.8) - oh / 2;
    return { x0: ox, y0: oy, x1: ox + ow, y1: oy + oh, d: [(r() - 0.5) * 120, (r() - 0.5) * 120, (r() - 0.5) * 120] };
  });
  for (let y = 0; y < h; y++) {
    const t = y / h;
    const rowObjects = objects.filter((o) => y >= o.y0 && y < o.y1);
    const below = t > horizon;
    // Texture is stronger on the ground than in the sky.
    const texture = below ? 1 : 0.35;
    for (let x = 0; x < w; x++) {
      let shape = 0;
      for (const wv of waves) shape += wv.amp * Math.sin(x * wv.fx + y * wv.fy + wv.ph);
      let detail = 0;
      for (const o of octaves) detail += o.amp * sample(o.grid, x / o.cell, y / o.cell);
      detail = detail * texture + grain() * 6;
      const i = (y * w + x) * 3;
      for (let c = 0; c < 3; c++) {
        const base = below ? ground[c]! * (0.8 + 0.4 * (t - horizon)) : sky[c]! * (1 - 0.35 * t);
        let obj = 0;
        for (const o of rowObjects) if (x >= o.x0 && x < o.x1) obj += o.d[c]!;
        const v = base + obj + shape * (0.5 + waves[c]!.ch[c]!) * 0.5 + detail * (0.85 + 0.1 * c);
        px[i + c] = v < 0 ? 0 : Math.min(v, 255);
      }
    }
  }
  const drawn = await sharp(px, { raw: { width: w, height: h, channels: 3 } })
    .png({ compressionLevel: 0 })
    .toBuffer();
  return sharp(drawn)
    .resize(spec.width, spec.height, { kernel: 'lanczos3' })
    .jpeg({ quality: spec.quality ?? 92, chromaSubsampling: '4:2:0' })
    .toBuffer();
}

interface Lattice {
  cols: number;
  values: Float32Array;
}

/** Random values in [-1, 1] on a grid. */
function lattice(r: () => number, cols: number, rows: number): Lattice {
  const values = new Float32Array(cols * rows);
  for (let i = 0; i < values.length; i++) values[i] = r() * 2 - 1;
  return { cols, values };
}

/** Smooth (bilinear, eased) value noise at a point of the grid. */
function sample(g: Lattice, gx: number, gy: number): number {
  const x0 = gx | 0;
  const y0 = gy | 0;
  let fx = gx - x0;
  let fy = gy - y0;
  fx = fx * fx * (3 - 2 * fx);
  fy = fy * fy * (3 - 2 * fy);
  const i = y0 * g.cols + x0;
  const v = g.values;
  const top = v[i]! + (v[i + 1]! - v[i]!) * fx;
  const bottom = v[i + g.cols]! + (v[i + g.cols + 1]! - v[i + g.cols]!) * fx;
  return top + (bottom - top) * fy;
}
