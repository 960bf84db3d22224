import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { imageDecodeProblem } from '../../scripts/lib/image-decode.ts';

let dir: string;
const photo = () => sharp(randomBytes(320 * 240 * 3), { raw: { width: 320, height: 240, channels: 3 } });

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-decode-'));
  await photo().jpeg().toFile(path.join(dir, 'utuh.jpg'));
  await photo().png().toFile(path.join(dir, 'utuh.png'));
  await photo().webp().toFile(path.join(dir, 'utuh.webp'));
  await photo().gif().toFile(path.join(dir, 'utuh.gif'));
  for (const ext of ['jpg', 'png', 'webp', 'gif']) {
    const whole = fs.readFileSync(path.join(dir, `utuh.${ext}`));
    // A header and a little data, as an upload cut off on a phone's connection leaves it.
    fs.writeFileSync(path.join(dir, `potong.${ext}`), whole.subarray(0, Math.min(whole.length - 1, 600)));
    fs.writeFileSync(path.join(dir, `separuh.${ext}`), whole.subarray(0, Math.floor(whole.length / 2)));
  }
});

describe('imageDecodeProblem', () => {
  it('passes whole pictures', () => {
    for (const ext of ['jpg', 'png', 'webp', 'gif']) expect(imageDecodeProblem(path.join(dir, `utuh.${ext}`)), ext).toBeUndefined();
  });

  it('finds pictures cut short after the header, whatever the format', () => {
    for (const ext of ['jpg', 'png', 'webp', 'gif']) {
      expect(imageDecodeProblem(path.join(dir, `potong.${ext}`)), `potong.${ext}`).toBeTypeOf('string');
      expect(imageDecodeProblem(path.join(dir, `separuh.${ext}`)), `separuh.${ext}`).toBeTypeOf('string');
    }
  });

  it('answers again when the file changes', () => {
    const file = path.join(dir, 'berubah.jpg');
    fs.copyFileSync(path.join(dir, 'potong.jpg'), file);
    expect(imageDecodeProblem(file)).toBeTypeOf('string');
    fs.copyFileSync(path.join(dir, 'utuh.jpg'), file);
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(imageDecodeProblem(file)).toBeUndefined();
  });
});

describe('the decode cache', () => {
  it('keeps answers across runs in the cache file, keyed by file version', async () => {
    const { useDecodeCache, saveDecodeCache } = await import('../../scripts/lib/image-decode.ts');
    const cache = path.join(dir, 'cache', 'foto-terurai.json');
    useDecodeCache(cache);
    const file = path.join(dir, 'disimpan.jpg');
    fs.copyFileSync(path.join(dir, 'potong.jpg'), file);
    const problem = imageDecodeProblem(file);
    saveDecodeCache();
    const saved = JSON.parse(fs.readFileSync(cache, 'utf8')) as Record<string, string | null>;
    const st = fs.statSync(file);
    expect(saved[`${fs.realpathSync(file)}:${st.size}:${st.mtimeMs}`]).toBe(problem);
    expect(Object.values(saved)).toContain(null);
  });
});
