/**
 * Published images: no EXIF (so no GPS from members' phone photos) in any image file, every
 * `<img>` responsive, sized, WebP/AVIF and lazy below the fold, and a 1200×630 share image
 * (og:image) on every page.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { listFiles } from '../helpers/data-root.ts';
import { PHONE, phoneContext } from '../helpers/browser.ts';
import { exifHasGps } from '../helpers/exif.ts';
import { fleetSites, htmlPages, pagePath } from '../helpers/fleet.ts';
import { attr, findAll, parseHtml, srcsetUrls } from '../helpers/html.ts';
import { typedPages } from '../helpers/page-types.ts';
import { browseFleet } from '../helpers/browse-fleet.ts';

const root = inject('demoRoot');
const dist = inject('demoDist');
const sites = fleetSites(root);
const IMAGE = /\.(jpe?g|png|webp|avif|gif|tiff?)$/i;
const MODERN = /\.(webp|avif)$/i;

describe('no EXIF or GPS in published images', () => {
  const phonePhotos = listFiles(path.join(root, 'content')).filter((f) => /-hp\.jpe?g$/i.test(f));

  it('the demo content really has phone photos with GPS', async () => {
    expect(phonePhotos.length).toBeGreaterThan(0);
    for (const f of phonePhotos) {
      const { exif } = await sharp(path.join(root, 'content', f)).metadata();
      expect(exif && exifHasGps(exif), `${f} tanpa GPS`).toBe(true);
    }
  });

  it('every phone photo is published, in some form, by its site', () => {
    for (const f of phonePhotos) {
      const [slug] = f.split('/');
      const name = path.basename(f).replace(/\.[^.]+$/, '');
      const published = listFiles(path.join(dist, slug!)).filter((p) => path.basename(p).startsWith(`${name}.`));
      expect(published.length, `${f} tidak terbit di dist/${slug}`).toBeGreaterThan(0);
    }
  });

  for (const site of sites) {
    it(`${site.slug}: no image file carries EXIF or XMP metadata`, async () => {
      const dir = path.join(dist, site.slug);
      const images = listFiles(dir).filter((f) => IMAGE.test(f));
      expect(images.length).toBeGreaterThan(5);
      const tagged: string[] = [];
      for (const f of images) {
        const m = await sharp(path.join(dir, f)).metadata();
        if (m.exif !== undefined) tagged.push(`${f}: EXIF${exifHasGps(m.exif) ? ' dengan GPS' : ''}`);
        if (m.xmp !== undefined) tagged.push(`${f}: XMP`);
      }
      expect(tagged, tagged.join('\n')).toEqual([]);
    });
  }
});

/** Is this `<img>` part of the site header (the logo), shown on every page above the fold? */
const inHeader = (ancestors: { tagName: string }[]) => ancestors.some((a) => a.tagName === 'header');

describe('<img> markup on every page', () => {
  for (const site of sites) {
    it(`${site.slug}: responsive WebP/AVIF with width and height, lazy after the first screen`, () => {
      const dir = path.join(dist, site.slug);
      const problems: string[] = [];
      let checked = 0;
      for (const page of htmlPages(dir)) {
        const imgs = findAll(parseHtml(fs.readFileSync(path.join(dir, page), 'utf8')), (el) => el.tagName === 'img');
        let seenLazy = false;
        let index = 0;
        for (const { el, ancestors } of imgs) {
          checked++;
          const src = attr(el, 'src') ?? '';
          const where = `${page}: <img src=${src}>`;
          const w = Number(attr(el, 'width'));
          const h = Number(attr(el, 'height'));
          if (!(w > 0 && h > 0)) problems.push(`${where} tanpa width/height`);
          if (src.endsWith('.svg')) continue;
          const candidates = srcsetUrls(attr(el, 'srcset'));
          if (candidates.length < 2) problems.push(`${where} tanpa srcset (minimal 2 ukuran)`);
          for (const u of [src, ...candidates]) if (!MODERN.test(new URL(u, 'http://x/').pathname)) problems.push(`${where}: ${u} bukan WebP/AVIF`);
          if (inHeader(ancestors)) continue;
          // Outside the header only the leading picture(s) a phone shows at once may load eagerly.
          const lazy = attr(el, 'loading') === 'lazy';
          if (!lazy && (seenLazy || index >= 2)) problems.push(`${where} (gambar ke-${index + 1}) tidak loading="lazy"`);
          seenLazy ||= lazy;
          index++;
        }
      }
      expect(checked).toBeGreaterThan(20);
      expect(problems, problems.slice(0, 40).join('\n')).toEqual([]);
    });
  }
});

describe('lazy loading matches the fold on a 360 px phone', () => {
  const env = browseFleet(root, dist);

  for (const site of sites) {
    it(`${site.slug}: every image starting below the first screen is lazy`, async () => {
      const ctx = await phoneContext(env.browser);
      const tab = await ctx.newPage();
      const problems: string[] = [];
      try {
        for (const page of typedPages(path.join(dist, site.slug))) {
          await tab.goto(env.fleet.url(site.slug, page.path), { waitUntil: 'domcontentloaded' });
          const imgs = await tab.$$eval('img', (els) =>
            els.map((e) => ({
              src: e.getAttribute('src'),
              lazy: e.getAttribute('loading') === 'lazy',
              header: !!e.closest('header'),
              top: e.getBoundingClientRect().top + window.scrollY,
            })),
          );
          for (const img of imgs.filter((i) => !i.header && !i.lazy)) {
            if (img.top >= PHONE.viewport.height) {
              problems.push(`${page.path || '/'}: ${img.src} mulai di ${Math.round(img.top)} px, di bawah layar pertama, tetapi tidak lazy`);
            }
          }
        }
      } finally {
        await ctx.close();
      }
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }
});

describe('share image (og:image) on every page', () => {
  const sizes = new Map<string, string>();
  const sizeOf = async (file: string) => {
    if (!sizes.has(file)) {
      const m = await sharp(file).metadata();
      sizes.set(file, `${m.width}×${m.height}`);
    }
    return sizes.get(file)!;
  };

  for (const site of sites) {
    it(`${site.slug}: og:image is a 1200×630 file of the site itself`, async () => {
      const dir = path.join(dist, site.slug);
      const problems: string[] = [];
      for (const page of htmlPages(dir)) {
        const metas = findAll(parseHtml(fs.readFileSync(path.join(dir, page), 'utf8')), (el) => el.tagName === 'meta');
        const prop = (p: string) => metas.map(({ el }) => el).find((el) => attr(el, 'property') === p || attr(el, 'name') === p);
        const og = prop('og:image');
        const url = og && attr(og, 'content');
        if (!url) {
          problems.push(`${page}: tanpa og:image`);
          continue;
        }
        const abs = new URL(url, new URL(pagePath(page), site.url));
        if (!abs.href.startsWith(site.url)) {
          problems.push(`${page}: og:image ${url} di luar situs`);
          continue;
        }
        const file = path.join(dir, decodeURIComponent(abs.pathname.slice(site.base.length)));
        if (!fs.existsSync(file)) {
          problems.push(`${page}: og:image ${url} tidak ada di folder situs`);
          continue;
        }
        const size = await sizeOf(file);
        if (size !== '1200×630') problems.push(`${page}: og:image ${url} berukuran ${size}, seharusnya 1200×630`);
        const [w, h] = [prop('og:image:width'), prop('og:image:height')].map((m) => m && attr(m, 'content'));
        if ((w && w !== '1200') || (h && h !== '630')) problems.push(`${page}: og:image:width/height ${w}×${h} tidak cocok`);
      }
      expect(problems, problems.slice(0, 40).join('\n')).toEqual([]);
    });
  }
});
