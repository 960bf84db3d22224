/**
 * Caps the photos members upload (phones give 4–12 MB, 4000+ px, with EXIF and GPS):
 * longest side at most 1600 px, EXIF/GPS/XMP removed, the picture kept the right way up.
 *
 * 1600 px is the widest variant any page emits (the beranda hero), so the cap costs the pages
 * nothing; every original stays in Git history for good, and at 2560 px they filled a
 * repository several times faster (docs/penyimpanan.md).
 *
 * Nothing beyond that is lost: a photo within the cap whose only problem is metadata is
 * stripped losslessly (JPEG) instead of re-encoded; a photo already clean is not touched,
 * so running this again changes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { walkFiles } from '../walk.ts';
import { stripJpegMetadata } from './jpeg-strip.ts';

export const MAX_SIDE = 1600;
/** mozjpeg quality of a re-encoded original: the pages re-encode it again, to WebP. */
export const JPEG_QUALITY = 85;
const IMAGE = /\.(jpe?g|png|webp)$/i;

export type Action = 'diperkecil' | 'diputar' | 'metadata-dihapus';

export interface MediaResult {
  file: string;
  actions: Action[];
  before: { bytes: number; width: number; height: number };
  after?: { bytes: number; width: number; height: number };
}

interface Inspection {
  width: number;
  height: number;
  format: string;
  tooBig: boolean;
  rotated: boolean;
  hasMeta: boolean;
}

async function inspect(buf: Buffer): Promise<Inspection> {
  const m = await sharp(buf).metadata();
  const width = m.width ?? 0;
  const height = m.height ?? 0;
  return {
    width,
    height,
    format: m.format ?? '',
    tooBig: Math.max(width, height) > MAX_SIDE,
    rotated: (m.orientation ?? 1) !== 1,
    hasMeta: Boolean(m.exif || m.xmp || m.iptc || (m.comments && m.comments.length > 0)),
  };
}

async function reencode(buf: Buffer, info: Inspection): Promise<Buffer> {
  const meta = await sharp(buf).metadata();
  // rotate() with no angle applies the EXIF orientation to the pixels; output has no EXIF.
  let img = sharp(buf).rotate().resize({ width: MAX_SIDE, height: MAX_SIDE, fit: 'inside', withoutEnlargement: true });
  if (meta.icc) img = img.keepIccProfile();
  if (info.format === 'jpeg') return img.jpeg({ quality: JPEG_QUALITY, mozjpeg: true }).toBuffer();
  if (info.format === 'png') return img.png({ compressionLevel: 9 }).toBuffer();
  return img.webp({ quality: 90 }).toBuffer();
}

/** Writes next to the original, then renames: a reader never sees half a file. */
async function replace(file: string, data: Buffer): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.simpul-tmp`);
  await fs.promises.writeFile(tmp, data);
  await fs.promises.rename(tmp, file);
}

export async function optimizeImage(file: string, opts: { dryRun?: boolean } = {}): Promise<MediaResult> {
  const buf = await fs.promises.readFile(file);
  const info = await inspect(buf);
  const result: MediaResult = { file, actions: [], before: { bytes: buf.length, width: info.width, height: info.height } };
  let out: Buffer | null = null;
  if (info.tooBig || info.rotated) {
    if (info.tooBig) result.actions.push('diperkecil');
    if (info.rotated) result.actions.push('diputar');
    if (info.hasMeta) result.actions.push('metadata-dihapus');
    out = opts.dryRun ? null : await reencode(buf, info);
  } else if (info.format === 'jpeg') {
    const stripped = stripJpegMetadata(buf);
    if (stripped && stripped.length < buf.length) {
      result.actions.push('metadata-dihapus');
      out = stripped;
    } else if (!stripped && info.hasMeta) {
      // A JPEG our parser cannot walk: re-encode rather than keep GPS data.
      result.actions.push('metadata-dihapus');
      out = opts.dryRun ? null : await reencode(buf, info);
    }
  } else if (info.hasMeta) {
    result.actions.push('metadata-dihapus');
    out = opts.dryRun ? null : await reencode(buf, info);
  }
  if (out && !opts.dryRun) {
    const check = await sharp(out).metadata(); // never replace a photo with something unreadable
    await replace(file, out);
    result.after = { bytes: out.length, width: check.width ?? 0, height: check.height ?? 0 };
  }
  return result;
}

/** Every JPEG, PNG and WebP under `dir` (hidden files and folders skipped). */
export function listImages(dir: string): string[] {
  return walkFiles(dir, { skipHidden: true, filter: (f) => IMAGE.test(path.basename(f)) }).map((f) => path.join(dir, f));
}

/** Size and modification time: tells a file written since it was last looked at. */
export function fileStamp(file: string): string {
  const st = fs.statSync(file, { throwIfNoEntry: false });
  return st ? `${st.size}:${st.mtimeMs}` : '';
}

/** Optimizes every picture under `dir` (or those `only` accepts); only changed files are returned. */
export async function optimizeTree(dir: string, opts: { dryRun?: boolean; only?: (file: string) => boolean } = {}): Promise<MediaResult[]> {
  const results: MediaResult[] = [];
  for (const file of listImages(dir).filter(opts.only ?? (() => true))) {
    try {
      const r = await optimizeImage(file, opts);
      if (r.actions.length > 0) results.push(r);
    } catch (err) {
      throw new Error(`${file}: foto tidak bisa dibaca (${(err as Error).message})`);
    }
  }
  return results;
}

const mb = (n: number) => `${(n / 1024 / 1024).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;

const ACTION_LABEL: Record<Action, string> = {
  diperkecil: `diperkecil ke ${MAX_SIDE} px`,
  diputar: 'diputar sesuai arah foto',
  'metadata-dihapus': 'EXIF/GPS dihapus',
};

/** One line for a result, e.g. `media/a.jpg: 4032×3024 → 1600×1200, 9,8 MB → 0,3 MB (…)`. */
export function describe(r: MediaResult, relTo?: string): string {
  const name = relTo ? path.relative(relTo, r.file).split(path.sep).join('/') : r.file;
  const what = r.actions.map((a) => ACTION_LABEL[a]).join(', ');
  if (!r.after) return `${name}: perlu ${what}`;
  return `${name}: ${r.before.width}×${r.before.height} → ${r.after.width}×${r.after.height}, ${mb(r.before.bytes)} → ${mb(r.after.bytes)} (${what})`;
}
