/**
 * What a file really holds, from its first bytes: a member can upload a photo that is not
 * one (a broken download, a document renamed `.jpg`). The check catches it before the
 * build, where it would stop the site with an image-processing error.
 */
import fs from 'node:fs';

export type FileKind = 'jpeg' | 'png' | 'webp' | 'gif' | 'avif' | 'svg' | 'pdf';

const ascii = (b: Buffer, from: number, to: number) => b.subarray(from, to).toString('latin1');

/** The kind of file `head` (its first bytes, at least 16 for binary formats) starts, if known. */
export function kindOf(head: Buffer): FileKind | undefined {
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (ascii(head, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'webp';
  if (/^GIF8[79]a/.test(ascii(head, 0, 6))) return 'gif';
  if (ascii(head, 4, 8) === 'ftyp' && /^(avif|avis|mif1|msf1)$/.test(ascii(head, 8, 12))) return 'avif';
  if (ascii(head, 0, 5) === '%PDF-') return 'pdf';
  const text = head.toString('utf8').replace(/^\uFEFF/, '');
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?<svg[\s>]/i.test(text)) return 'svg';
  return undefined;
}

/** The first bytes of a file: enough for every signature above, and for an SVG's prologue. */
export function readHead(file: string, bytes = 1024): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    return buf.subarray(0, fs.readSync(fd, buf, 0, bytes, 0));
  } finally {
    fs.closeSync(fd);
  }
}
