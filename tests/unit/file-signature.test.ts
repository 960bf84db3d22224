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
    expect(kindOf(Buffer.from('<svg/>'))).toBe('svg');
    expect(kindOf(Buffer.from('\uFEFF<?xml version="1.0"?>\n<!-- logo -->\n<!DOCTYPE svg>\n<svg viewBox="0 0 1 1"/>'))).toBe('svg');
    expect(kindOf(Buffer.from('%PDF-1.7\n%âãÏÓ'))).toBe('pdf');
    // PDF readers accept bytes before the header, within the first kilobyte.
    expect(kindOf(Buffer.from('\r\n\r\n%PDF-1.4\n'))).toBe('pdf');
  });

  it('recognises an SVG as Illustrator saves it: DOCTYPE with entities, a long prologue', () => {
    const illustrator = [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<!-- Generator: Adobe Illustrator 27.0.0, SVG Export Plug-In . SVG Version: 6.00 Build 0)  -->',
      '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [',
      '\t<!ENTITY ns_flows "http://ns.adobe.com/Flows/1.0/">',
      ']>',
      `<!-- ${'x'.repeat(2000)} -->`,
      '<svg version="1.1" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"></svg>',
    ].join('\n');
    expect(kindOf(Buffer.from(illustrator))).toBe('svg');
  });

  it('tells a HEIC photo from an AVIF one: they share the container', () => {
    const ftyp = (...brands: string[]) => {
      const box = Buffer.alloc(8 + 4 * (brands.length + 1));
      box.writeUInt32BE(box.length, 0);
      box.write('ftyp', 4, 'latin1');
      box.write(brands[0]!, 8, 'latin1');
      for (const [i, b] of brands.slice(1).entries()) box.write(b, 16 + 4 * i, 'latin1');
      return Buffer.concat([box, Buffer.alloc(16)]);
    };
    expect(kindOf(ftyp('heic', 'mif1', 'heic'))).toBe('heic');
    expect(kindOf(ftyp('mif1', 'mif1', 'heic'))).toBe('heic');
    expect(kindOf(ftyp('mif1', 'avif', 'mif1', 'miaf'))).toBe('avif');
    expect(kindOf(ftyp('isom', 'isom', 'mp41'))).toBeUndefined();
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
    expect(readHead(f).length).toBe(5000);
    expect(readHead(f, 1024).length).toBe(1024);
    expect(readHead(f, 8)).toEqual(Buffer.alloc(8, 7));
  });
});
