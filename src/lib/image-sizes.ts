/**
 * Responsive image sizes. Astro never upscales, but a `widths` entry larger than the source
 * would still be listed in `srcset` as if it were that wide; keep only real sizes.
 */

/** Default candidate widths for content photos: small phones, 2× phones, tablets. */
export const PHOTO_WIDTHS = [360, 720, 1080] as const;

/** Widths no larger than the source; the source width itself when all are larger. */
export function responsiveWidths(sourceWidth: number, wanted: readonly number[] = PHOTO_WIDTHS): number[] {
  const fit = [...new Set(wanted)].filter((w) => w <= sourceWidth).sort((a, b) => a - b);
  return fit.length > 0 ? fit : [sourceWidth];
}

/** The height that keeps `aspect` (width / height) at a given width. */
export function heightFor(width: number, aspect: number): number {
  return Math.round(width / aspect);
}
