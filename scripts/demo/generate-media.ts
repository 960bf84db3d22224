/**
 * Demo media generator.
 *
 * Scans every `content/<slug>/` of a data root (the repo root by default) for the pictures
 * and PDFs its front matter refers to (`gambar`, `foto`, `logo`, `hero.gambar` → `src`, and
 * `berkas`) and creates each one that is missing:
 *   - photos: 1600×1067 JPEG landscapes drawn from an SVG scene seeded by the file name;
 *   - `*-hp*` photos: 4000×3000 "straight from the phone" JPEGs with camera EXIF and GPS,
 *     so tests can prove the build strips them;
 *   - logos: a PNG emblem with the KIM's initials;
 *   - PDFs: a one-page document with the KIM's name and the entry's title and summary.
 * Output is deterministic, existing files are never overwritten, and several copies may
 * run at once (each file is written to a temp name and linked into place).
 *
 *   ./node_modules/.bin/node scripts/demo/generate-media.ts [--root <data root>]
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { readCommandLine, ROOT_OPTION } from '../lib/args.ts';
import { dataRoot } from '../lib/paths.ts';
import { walkFiles } from '../lib/walk.ts';
import pLimit from 'p-limit';
import { logoJpeg, logoPng, isPhonePhoto, photoJpeg, photoOther, type PhoneExif } from './media/images.ts';
import type { LogoColors } from './media/logo.ts';
import { documentPdf } from './media/pdf.ts';
import { findReferences, readFrontMatter, type MediaReference } from './media/references.ts';
import { writeNew } from './media/write.ts';

const BUDGET_BYTES = 30 * 1024 * 1024;
/** Where a phone photo is "taken" when the KIM's content gives no coordinates (Bogor). */
const DEFAULT_GPS = { lat: -6.595, lng: 106.8166 };

interface Kim {
  nama: string;
  wilayah: string;
  gps: { lat: number; lng: number };
  warna?: LogoColors;
}

const HEX = /^#[0-9a-fA-F]{6}$/;

/** The KIM's own colours from `pengaturan.yaml`, so its logo matches its site. */
function readColors(root: string, slug: string): LogoColors | undefined {
  const file = path.join(root, 'content', slug, 'pengaturan.yaml');
  if (!existsSync(file)) return undefined;
  try {
    const color = readFrontMatter(file).warna as { utama?: unknown; aksen?: unknown } | undefined;
    if (typeof color?.utama === 'string' && HEX.test(color.utama) && typeof color.aksen === 'string' && HEX.test(color.aksen))
      return { utama: color.utama, aksen: color.aksen };
  } catch {
    // Unreadable settings: fall back to seeded colours.
  }
  return undefined;
}

function readKim(root: string, slug: string, refs: MediaReference[]): Kim {
  let name = slug;
  let wilayah = '';
  const siteFile = path.join(root, 'sites', slug, 'site.yaml');
  if (existsSync(siteFile)) {
    const site = readFrontMatter(siteFile) as { nama?: string; wilayah?: Record<string, string> };
    name = site.nama ?? slug;
    const w = site.wilayah ?? {};
    wilayah = [w.desa, w.kecamatan && `Kecamatan ${w.kecamatan}`, w.kabupaten, w.provinsi].filter(Boolean).join(', ');
  }
  // Borrow the first coordinates the KIM itself published (a potensi's lokasi).
  let gps = DEFAULT_GPS;
  for (const r of refs) {
    const location = r.data.lokasi as { lat?: unknown; lng?: unknown } | undefined;
    if (r.slug === slug && typeof location?.lat === 'number' && typeof location?.lng === 'number') {
      gps = { lat: location.lat, lng: location.lng };
      break;
    }
  }
  return { nama: name, wilayah, gps, warna: readColors(root, slug) };
}

function dateOf(value: unknown): Date | undefined {
  if (value instanceof Date) return value;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) {
    const d = new Date(`${value.slice(0, 10)}T00:00:00Z`);
    return Number.isNaN(d.getTime()) ? undefined : d;
  }
  return undefined;
}

/** A plausible capture time: the entry's date, mid-morning, jittered by the file name. */
function takenAt(ref: MediaReference): string {
  const d = dateOf(ref.data.tanggal) ?? dateOf(ref.data.diterima) ?? new Date('2026-01-01T00:00:00Z');
  const minutes = 8 * 60 + ((path.basename(ref.file).length * 37) % 240);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}:${pad(d.getUTCMonth() + 1)}:${pad(d.getUTCDate())} ${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00`;
}

async function render(ref: MediaReference, kim: Kim): Promise<Uint8Array | undefined> {
  const name = path.basename(ref.file);
  const ext = path.extname(name).toLowerCase();
  if (ref.kind === 'pdf' || ext === '.pdf') {
    if (ext !== '.pdf') return undefined;
    return documentPdf({
      kimName: kim.nama,
      wilayah: kim.wilayah,
      judul: String(ref.data.judul ?? name),
      ringkasan: String(ref.data.ringkasan ?? ''),
      kategori: typeof ref.data.kategori === 'string' ? ref.data.kategori : undefined,
      tanggal: dateOf(ref.data.tanggal),
    });
  }
  const logo = ref.kind === 'logo' || /logo/i.test(name);
  if (ext === '.png') return logo ? logoPng(name, kim.nama, kim.warna) : photoOther(name, 'png');
  if (ext === '.webp') return photoOther(name, 'webp');
  if (ext === '.jpg' || ext === '.jpeg') {
    if (logo) return logoJpeg(name, kim.nama, kim.warna);
    const phone: PhoneExif | undefined = isPhonePhoto(name) ? { ...kim.gps, taken: takenAt(ref) } : undefined;
    return photoJpeg(name, phone);
  }
  return undefined;
}

function folderSize(dir: string): number {
  return walkFiles(dir).reduce((total, f) => total + statSync(path.join(dir, f)).size, 0);
}

async function main(root: string) {
  const { references, problems } = findReferences(root);
  for (const p of problems) console.warn(`! ${p}`);
  const missing = references.filter((r) => !existsSync(r.file));
  const kims = new Map<string, Kim>();
  for (const r of missing) if (!kims.has(r.slug)) kims.set(r.slug, readKim(root, r.slug, references));

  const limit = pLimit(2);
  let made = 0;
  let skipped = 0;
  await Promise.all(
    missing.map((ref) =>
      limit(async () => {
        const rel = path.relative(root, ref.file);
        const data = await render(ref, kims.get(ref.slug)!);
        if (!data) {
          console.warn(`! ${rel}: jenis berkas tidak dikenal, dilewati`);
          skipped++;
          return;
        }
        if (writeNew(ref.file, data)) {
          made++;
          console.log(`+ ${rel} (${(data.byteLength / 1024).toFixed(0)} KB)`);
        }
      }),
    ),
  );

  const contentDir = path.join(root, 'content');
  const total = existsSync(contentDir) ? folderSize(contentDir) : 0;
  console.log(`Selesai: ${made} berkas dibuat, ${references.length - missing.length} sudah ada${skipped ? `, ${skipped} dilewati` : ''}.`);
  console.log(`Ukuran seluruh content/: ${(total / 1024 / 1024).toFixed(2)} MB (batas ${BUDGET_BYTES / 1024 / 1024} MB).`);
  if (total > BUDGET_BYTES) {
    console.error('! Ukuran konten demo melebihi batas 30 MB.');
    process.exitCode = 1;
  }
}

const args = readCommandLine({ command: 'npm run demo:media --', options: [ROOT_OPTION] });
if (args) await main(dataRoot(args.values.root).root);
