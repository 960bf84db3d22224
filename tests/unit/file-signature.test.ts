import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { kindOf, readHead } from '../../scripts/lib/file-signature.ts';

const px = { create: { width: 4, height: 3, channels: 3 as const, background: '#1d6f42' } };

describe('kindOf', () => {
  it('recognises every picture format the theme takes, from real files', async () => {
    expect(kindOf(await sharp(px).jpeg().toBuffer())).toBe('jpeg');
    expect(kindOf(await sharp(px).png().toBuffer())).toBe('png');
    expect(kindOf(await sharp(px).webp().toBuffer())).toBe('webp');
    expect(kindOf(await sharp(px).gif().toBuffer())).toBe('gif');
    expect(kindOf(await sharp(px).avif().toBuffer())).toBe('avif');
  });

  it('recognises SVG with or without a prologue, and PDF', () => {
    expect(kindOf(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBe('svg');
    expect(kindOf(Buffer.from('\uFEFF<?xml version="1.0"?>\n<!-- logo -->\n<!DOCTYPE svg>\n<svg viewBox="0 0 1 1"/>'))).toBe('svg');
    expect(kindOf(Buffer.from('%PDF-1.7\n%âãÏÓ'))).toBe('pdf');
  });

  it('knows nothing else: text, HTML error pages, empty files', () => {
    expect(kindOf(Buffer.from('bukan foto'))).toBeUndefined();
    expect(kindOf(Buffer.from('<!doctype html><html><body>404</body></html>'))).toBeUndefined();
    expect(kindOf(Buffer.alloc(0))).toBeUndefined();
  });
});

describe('readHead', () => {
  it('reads at most the first bytes of a file', () => {
    const f = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-head-')), 'a.bin');
    fs.writeFileSync(f, Buffer.alloc(5000, 7));
    expect(readHead(f).length).toBe(1024);
    expect(readHead(f, 8)).toEqual(Buffer.alloc(8, 7));
  });
});
