/**
 * Kept our own rather than file-type: check needs a synchronous answer (file-type is async only), file-type knows no SVG, finds %PDF only at byte 0, and names an AVIF whose major brand is mif1 as HEIC (it reads the major brand only).
 *
 * What a file really holds, from its first bytes: a member can upload a photo that is not
 * one (a broken download, a document renamed `.jpg`, an iPhone HEIC photo renamed `.jpg`).
 * The check catches it before the build, where it would stop the site with an
 * image-processing error.
 */
import fs from 'node:fs';

export type FileKind = 'jpeg' | 'png' | 'webp' | 'gif' | 'avif' | 'heic' | 'svg' | 'pdf';

const ascii = (b: Buffer, from: number, to: number) => b.subarray(from, to).toString('latin1');

/** The brands of an ISO media file's `ftyp` box (AVIF and HEIC share the format). */
function ftypBrands(head: Buffer): string[] | undefined {
  if (head.length < 16 || ascii(head, 4, 8) !== 'ftyp') return undefined;
  const end = Math.min(head.readUInt32BE(0), head.length);
  const brands = [ascii(head, 8, 12)];
  for (let i = 16; i + 4 <= end; i += 4) brands.push(ascii(head, i, i + 4));
  return brands;
}

// An XML prologue, comments and a DOCTYPE (with its `[ … ]` internal subset, as
// Illustrator writes it) may come before the root element.
const SVG_START = /^\s*(<\?xml[\s\S]*?\?>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>/]/i;

/** The kind of file that starts with `head` (see `readHead`), if it is one we know. */
export function kindOf(head: Buffer): FileKind | undefined {
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (ascii(head, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'webp';
  if (/^GIF8[79]a/.test(ascii(head, 0, 6))) return 'gif';
  const brands = ftypBrands(head);
  if (brands) {
    if (brands.some((b) => b === 'avif' || b === 'avis')) return 'avif';
    if (brands.some((b) => /^(heic|heix|heim|heis|hevc|hevx|hevm|hevs|mif1|msf1)$/.test(b))) return 'heic';
    return undefined;
  }
  // PDF readers accept the header anywhere in the first kilobyte.
  if (ascii(head, 0, 1024).includes('%PDF-')) return 'pdf';
  if (SVG_START.test(head.toString('utf8').replace(/^\uFEFF/, ''))) return 'svg';
  return undefined;
}

/** The first bytes of a file: enough for every signature above, and for an SVG's prologue. */
export function readHead(file: string, bytes = 8192): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    return buf.subarray(0, fs.readSync(fd, buf, 0, bytes, 0));
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * What keeps a file that claims to be a PDF from being published, if anything. A reader
 * accepts the `%PDF-` header anywhere in the first kilobyte, so a web page can carry one in
 * a comment and still be read as a page; a published document must start with the header
 * (nothing a browser could sniff as HTML before it) and end with `%%EOF`, as a whole PDF does.
 */
export function pdfProblem(file: string): 'header' | 'end' | undefined {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    fs.readSync(fd, head, 0, 16, 0);
    if (!/^%PDF-[12]\.\d/.test(head.toString('latin1'))) return 'header';
    const size = fs.fstatSync(fd).size;
    const tailLen = Math.min(size, 2048);
    const tail = Buffer.alloc(tailLen);
    fs.readSync(fd, tail, 0, tailLen, size - tailLen);
    return tail.toString('latin1').includes('%%EOF') ? undefined : 'end';
  } finally {
    fs.closeSync(fd);
  }
}
