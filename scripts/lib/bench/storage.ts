/**
 * Storage growth: what one published photo costs on the host and in the repository.
 *
 * Three data roots with one KIM and a forum that rolls it up, built the same way:
 * - `dasar`: no berita;
 * - `teks`: N berita without photos;
 * - `foto`: the same N berita, each with a main photo (`gambar`) and one photo in its text,
 *   from a 12 MP phone JPEG, capped by `media:optimize` as CI does.
 * (teks − dasar) / N is the output of one berita's text; (foto − teks) / 2N the output of one
 * published photo: every variant and share image the theme emits, on the KIM's site and on its
 * forum's. The stored original is the photo after `media:optimize`.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { stringify } from 'yaml';
import { optimizeTree } from '../cms/media-optimize.ts';
import { dirSize } from '../package.ts';
import { benchSlug, generateFleet } from './fleet-gen.ts';
import { photoLikeJpeg } from './photo.ts';
import { build } from './run-build.ts';

export interface StorageResult {
  berita: number;
  photos: number;
  /** Bytes of one phone photo as taken. */
  cameraBytes: number;
  /** Bytes of one stored original after media:optimize. */
  storedBytes: number;
  /** Output bytes of one berita's text (pages, listings, search), without photos. */
  textBytesPerBerita: number;
  /** Output bytes of one published photo on the KIM's own site. */
  siteBytesPerPhoto: number;
  /** …and on the forum that rolls the KIM up. */
  forumBytesPerPhoto: number;
  /** Image files the theme emitted per photo on the KIM's site. */
  filesPerPhoto: number;
}

const FORUM = 'forum-uji';

function addForum(root: string, member: string): void {
  fs.mkdirSync(path.join(root, 'sites', FORUM), { recursive: true });
  fs.mkdirSync(path.join(root, 'content', FORUM), { recursive: true });
  fs.writeFileSync(
    path.join(root, 'sites', FORUM, 'site.yaml'),
    stringify({
      slug: FORUM,
      nama: 'Forum KIM Kecamatan Uji',
      jenis: 'forum-kecamatan',
      wilayah: { kecamatan: 'Kecamatan 1', kabupaten: 'Kabupaten Bogor', provinsi: 'Jawa Barat' },
      url: `https://kim-bogor.github.io/${FORUM}/`,
      zona_waktu: 'Asia/Jakarta',
      anggota: [member],
    }),
  );
  fs.writeFileSync(
    path.join(root, 'content', FORUM, 'pengaturan.yaml'),
    stringify({
      tagline: 'Forum KIM',
      deskripsi: 'Forum KIM Kecamatan Uji.',
      hero: { judul: 'Forum KIM Kecamatan Uji', teks: 'Kabar dari desa-desa.' },
      kontak: { alamat: 'Kantor Kecamatan Uji' },
    }),
  );
}

/** Camera photos: a few drawn ones, and mirrored or cropped versions of them (drawing is slow). */
async function cameraPhotos(count: number): Promise<Buffer[]> {
  const bases = await Promise.all([1, 2].map((seed) => photoLikeJpeg(seed)));
  const out: Buffer[] = [];
  for (let i = 0; out.length < count; i++) {
    const b = bases[i % bases.length]!;
    const variant = Math.floor(i / bases.length);
    let img = sharp(b);
    if (variant % 2 === 1) img = img.flop();
    if (variant % 4 >= 2) img = img.flip();
    if (variant >= 4) img = img.extract({ left: 8 * variant, top: 6 * variant, width: 4000 - 16 * variant, height: 3000 - 12 * variant });
    out.push(variant === 0 ? b : await img.jpeg({ quality: 92 }).toBuffer());
  }
  return out;
}

export async function benchStorage(opts: { dir: string; berita: number; log: (l: string) => void }): Promise<StorageResult> {
  const { dir, berita, log } = opts;
  const slug = benchSlug(0);
  const roots = ['dasar', 'teks', 'foto'].map((n) => path.join(dir, n));
  roots.forEach((root, k) => {
    generateFleet(root, { sites: 1, pages: 4 + (k === 0 ? 0 : berita) });
    addForum(root, slug);
  });
  log(`  membuat ${2 * berita} foto kamera 12 MP…`);
  const photos = await cameraPhotos(2 * berita);
  const media = path.join(roots[2]!, 'content', slug, 'media');
  fs.mkdirSync(media, { recursive: true });
  for (let j = 0; j < berita; j++) {
    const [a, b] = [`foto-${j + 1}-a.jpg`, `foto-${j + 1}-b.jpg`];
    fs.writeFileSync(path.join(media, a), photos[2 * j]!);
    fs.writeFileSync(path.join(media, b), photos[2 * j + 1]!);
    const file = path.join(roots[2]!, 'content', slug, 'berita', `berita-${String(j + 1).padStart(3, '0')}.md`);
    const text = fs.readFileSync(file, 'utf8');
    const withPhotos = text
      .replace(/\n---\n/, `\ngambar:\n  src: ../media/${a}\n  alt: Warga bergotong royong di balai desa\n---\n`)
      .replace(/\n## /, `\n![Suasana kegiatan warga](../media/${b})\n\n## `);
    fs.writeFileSync(file, withPhotos);
  }
  log('  media:optimize…');
  await optimizeTree(path.join(roots[2]!, 'content'));
  const stored = fs.readdirSync(media).reduce((n, f) => n + fs.statSync(path.join(media, f)).size, 0);

  const sizes = roots.map((root, k) => {
    log(`  build ${['dasar', 'teks', 'foto'][k]}…`);
    build(root, `penyimpanan ${k}`);
    return { site: dirSize(path.join(root, 'dist', slug)), forum: dirSize(path.join(root, 'dist', FORUM)) };
  });
  const images = (root: string) =>
    (fs.readdirSync(path.join(root, 'dist', slug, '_astro')) as string[]).filter((f) => /\.(webp|jpe?g|png|avif)$/i.test(f)).length;
  const n = 2 * berita;
  return {
    berita,
    photos: n,
    cameraBytes: Math.round(photos.reduce((s, p) => s + p.length, 0) / n),
    storedBytes: Math.round(stored / n),
    textBytesPerBerita: Math.round((sizes[1]!.site - sizes[0]!.site) / berita),
    siteBytesPerPhoto: Math.round((sizes[2]!.site - sizes[1]!.site) / n),
    forumBytesPerPhoto: Math.round((sizes[2]!.forum - sizes[1]!.forum) / n),
    filesPerPhoto: (images(roots[2]!) - images(roots[1]!)) / n,
  };
}
