import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stripJpegMetadata } from '../../scripts/lib/cms/jpeg-strip.ts';
import { fileStamp, MAX_SIDE, optimizeImage, optimizeTree } from '../../scripts/lib/cms/media-optimize.ts';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-media-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const GPS = { IFD0: { Make: 'HP Uji' }, IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '6/1 33/1 48/1' } };

/** A phone-like photo: stored landscape with EXIF orientation 6 (shown portrait), GPS tags. */
async function phonePhoto(file: string, width = 4000, height = 3000): Promise<void> {
  const red = await sharp({ create: { width: width / 2, height, channels: 3, background: '#ff0000' } })
    .png()
    .toBuffer();
  const buf = await sharp({ create: { width, height, channels: 3, background: '#0000ff' } })
    .composite([{ input: red, left: 0, top: 0 }])
    .withMetadata({ orientation: 6 })
    .withExif(GPS)
    .jpeg({ quality: 92 })
    .toBuffer();
  fs.writeFileSync(file, buf);
}

async function pixel(file: string, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(file).raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * info.channels;
  return [data[i]!, data[i + 1]!, data[i + 2]!];
}

describe('media:optimize', () => {
  it('caps a big phone photo at 1600 px, strips EXIF/GPS and keeps it the right way up', async () => {
    const file = path.join(dir, 'besar.jpg');
    await phonePhoto(file);
    const before = await sharp(file).metadata();
    expect(before.orientation).toBe(6);
    expect(before.exif!.includes(Buffer.from('HP Uji'))).toBe(true);

    const r = await optimizeImage(file);
    expect(r.actions).toEqual(['diperkecil', 'diputar', 'metadata-dihapus']);
    const after = await sharp(file).metadata();
    // Orientation 6 = shown rotated 90° clockwise: 4000×3000 stored becomes 1200×1600 shown.
    expect(MAX_SIDE).toBe(1600);
    expect([after.width, after.height]).toEqual([1200, MAX_SIDE]);
    expect(after.exif).toBeUndefined();
    expect(after.orientation ?? 1).toBe(1);
    // The stored left half (red) is the top once rotated clockwise.
    const top = await pixel(file, 600, 60);
    const bottom = await pixel(file, 600, 1500);
    expect(top[0]).toBeGreaterThan(200);
    expect(bottom[2]).toBeGreaterThan(200);
    expect(fs.readFileSync(file).includes(Buffer.from('HP Uji'))).toBe(false);
  });

  it('strips GPS from a small JPEG without re-encoding it', async () => {
    const file = path.join(dir, 'kecil.jpg');
    const clean = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#3a7d44' } })
      .jpeg({ quality: 80 })
      .toBuffer();
    fs.writeFileSync(file, await sharp(clean).withExif(GPS).jpeg({ quality: 80 }).toBuffer());
    const pixelsBefore = await sharp(file).raw().toBuffer();
    const r = await optimizeImage(file);
    expect(r.actions).toEqual(['metadata-dihapus']);
    expect((await sharp(file).metadata()).exif).toBeUndefined();
    // Lossless: the decoded pixels are byte-for-byte the same.
    expect((await sharp(file).raw().toBuffer()).equals(pixelsBefore)).toBe(true);
  });

  it('leaves a clean photo within the cap untouched, and a second run changes nothing', async () => {
    const file = path.join(dir, 'bersih.png');
    await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#ffffff' } })
      .png()
      .toFile(file);
    const bytes = fs.readFileSync(file);
    expect((await optimizeImage(file)).actions).toEqual([]);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(await optimizeTree(dir)).toEqual([]);
  });

  it('--check style dry run reports without writing', async () => {
    const file = path.join(dir, 'sub', 'lagi.jpg');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await phonePhoto(file, 3000, 2000);
    const bytes = fs.readFileSync(file);
    const results = await optimizeTree(dir, { dryRun: true });
    expect(results.map((r) => path.relative(dir, r.file))).toEqual([path.join('sub', 'lagi.jpg')]);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('with `only` (npm run cms: what was uploaded since the start), leaves older photos as they are', async () => {
    const tree = fs.mkdtempSync(path.join(dir, 'sesi-'));
    const old = path.join(tree, 'lama-hp.jpg');
    await phonePhoto(old, 3000, 2000);
    const stamps = new Map([[old, fileStamp(old)]]);
    const bytes = fs.readFileSync(old);
    const fresh = path.join(tree, 'baru.jpg');
    await phonePhoto(fresh, 3000, 2000);
    const results = await optimizeTree(tree, { only: (f) => stamps.get(f) !== fileStamp(f) });
    expect(results.map((r) => path.basename(r.file))).toEqual(['baru.jpg']);
    expect(fs.readFileSync(old).equals(bytes)).toBe(true);
    expect((await sharp(fresh).metadata()).exif).toBeUndefined();
  });
});

describe('stripJpegMetadata', () => {
  it('keeps the ICC profile and drops EXIF, XMP, comments and trailing data', async () => {
    const base = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#884422' } })
      .withIccProfile('p3')
      .withExif(GPS)
      .jpeg()
      .toBuffer();
    const withTail = Buffer.concat([base, Buffer.from('EKSTRA-DATA-SETELAH-GAMBAR')]);
    const out = stripJpegMetadata(withTail)!;
    const meta = await sharp(out).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.icc).toBeDefined();
    expect(out.includes(Buffer.from('EKSTRA'))).toBe(false);
    expect(out.subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]));
  });
  it('returns null for something that is not a JPEG', () => {
    expect(stripJpegMetadata(Buffer.from('bukan jpeg'))).toBeNull();
  });
});
