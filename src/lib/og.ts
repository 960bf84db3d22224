/**
 * The share picture for WhatsApp, Facebook and X: 1200×630 JPEG (WhatsApp does not show
 * WebP thumbnails reliably). A page's own picture comes first, then the site's hero photo,
 * then its logo, then Simpul's default.
 */

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** What we need to know of an `ImageMetadata`. */
interface Source {
  src: string;
  width: number;
  height: number;
  format: string;
}

interface Photo<I> {
  src: I;
  alt: string;
}

export interface OgCandidates<I> {
  page?: I;
  pageAlt?: string;
  hero?: Photo<I>;
  logo?: Photo<I>;
  /** Simpul's own 1200×630 JPEG, used as it is. */
  fallback: I;
  fallbackAlt: string;
}

export interface OgChoice<I> {
  src: I;
  alt: string;
  /** A logo is shown whole (on white where transparent); photos are cropped to fill; the default is used as is. */
  fit: 'cover' | 'contain' | 'asis';
}

/** SVG would need rasterising, which Astro leaves off by default: skip it. */
const usable = (s: Source | undefined): boolean => !!s && s.format !== 'svg';

/** The first usable picture, with its description. */
export function pickOgImage<I extends Source>(c: OgCandidates<I>): OgChoice<I> {
  if (c.page && usable(c.page)) return { src: c.page, alt: c.pageAlt ?? c.fallbackAlt, fit: 'cover' };
  if (c.hero && usable(c.hero.src)) return { src: c.hero.src, alt: c.hero.alt, fit: 'cover' };
  if (c.logo && usable(c.logo.src)) return { src: c.logo.src, alt: c.logo.alt, fit: 'contain' };
  return { src: c.fallback, alt: c.fallbackAlt, fit: 'asis' };
}

/**
 * The 1200:630 size to ask for. Astro never enlarges, so a smaller source gets the largest
 * 1200:630 box that fits inside it, and the width/height tags stay true.
 */
export function ogSize(src: Pick<Source, 'width' | 'height'>): { width: number; height: number } {
  const width = Math.min(OG_WIDTH, src.width, Math.floor((src.height * OG_WIDTH) / OG_HEIGHT));
  return { width, height: Math.round((width * OG_HEIGHT) / OG_WIDTH) };
}

/**
 * The size Astro's `contain` (sharp `inside`) produces for a 1200×630 box: the whole picture,
 * scaled down to fit, never enlarged.
 */
export function containSize(src: Pick<Source, 'width' | 'height'>): { width: number; height: number } {
  const scale = Math.min(1, OG_WIDTH / src.width, OG_HEIGHT / src.height);
  return { width: Math.round(src.width * scale), height: Math.round(src.height * scale) };
}

/**
 * Absolute URL of a built asset (`/_astro/x.jpeg`) as it must appear in the raw Astro output:
 * on the site's origin, WITHOUT its base path. The packaging step (scripts/lib/package.ts)
 * rewrites every `/_astro/` reference to `<base>_astro/`, absolute ones included, so adding
 * the base here would double it.
 */
export function assetUrl(siteUrl: string, src: string): string {
  return new URL(src.startsWith('/') ? src : `/${src}`, siteUrl).href;
}

/** The subset of `getImage` from `astro:assets` used here (passed in, so this stays testable). */
export type GetImage<I> = (opts: {
  src: I;
  width: number;
  height: number;
  fit: 'cover' | 'contain';
  background: string;
  format: 'jpeg';
  quality: number;
}) => Promise<{ src: string }>;

export interface OgImage {
  /** Absolute URL on the site's own origin. */
  url: string;
  width: number;
  height: number;
  alt: string;
}

/** Resolves the chosen picture to a 1200×630 JPEG URL. */
export async function shareImage<I extends Source>(getImage: GetImage<I>, c: OgCandidates<I>, absolute: (src: string) => string): Promise<OgImage> {
  const choice = pickOgImage(c);
  if (choice.fit === 'asis') {
    return { url: absolute(choice.src.src), width: choice.src.width, height: choice.src.height, alt: choice.alt };
  }
  const size = choice.fit === 'cover' ? ogSize(choice.src) : containSize(choice.src);
  const img = await getImage({ src: choice.src, ...size, fit: choice.fit, background: '#ffffff', format: 'jpeg', quality: 80 });
  return { url: absolute(img.src), ...size, alt: choice.alt };
}
