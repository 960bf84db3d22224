/**
 * Astro-side glue for `src/lib/og.ts`: resolves a page's share picture (Open Graph, Twitter,
 * JSON-LD) through `getImage`. Pages and `Seo.astro` call the same function with the same
 * options, so Astro emits each 1200×630 JPEG once.
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import defaultOg from '../assets/og-default.jpg';
import { assetUrl, shareImage, type GetImage, type OgImage } from './og.ts';
import type { KimSite } from './sites.ts';

/** `/_astro/x.jpg` → `https://origin/_astro/x.jpg`; packaging then inserts the site base. */
export const absoluteAsset = (kim: KimSite, src: string): string => assetUrl(kim.site.url, src);

export function siteShareImage(kim: KimSite, image?: ImageMetadata, imageAlt?: string): Promise<OgImage> {
  const { pengaturan, site } = kim;
  return shareImage(
    getImage as unknown as GetImage<ImageMetadata>,
    { page: image, pageAlt: imageAlt, hero: pengaturan.hero.gambar, logo: pengaturan.logo, fallback: defaultOg, fallbackAlt: site.nama },
    (src) => absoluteAsset(kim, src),
  );
}

/** Absolute URL of a page picture's share version, for JSON-LD `image`. */
export async function entryImageUrl(kim: KimSite, image: ImageMetadata | undefined): Promise<string | undefined> {
  if (!image || image.format === 'svg') return undefined;
  return (await siteShareImage(kim, image)).url;
}
