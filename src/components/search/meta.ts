/**
 * The contract between page markup and the search indexer (scripts/lib/search/): the names
 * of Pagefind filters and metadata, and the attribute that carries a result's thumbnail.
 * Pages write these through SearchMeta.astro; the forum indexer rewrites the thumbnail of
 * member pages to an absolute URL, so both sides read the names from here.
 */

import type { ImageMetadata } from 'astro';
import type { ContentTypeName } from '../../schemas/index.ts';

/**
 * Pagefind filter keys. Pagefind's filter pane shows a key with its first letter capitalised
 * as the group's heading ("Jenis", "Kategori", "KIM"), so the keys are Indonesian words.
 */
export const FILTER = {
  jenis: 'jenis',
  kategori: 'kategori',
  kim: 'KIM',
} as const;

/** Pagefind metadata keys shown on each result. `title` and `image` are Pagefind's own. */
export const META = {
  title: 'title',
  image: 'image',
  jenis: 'jenis',
  tanggal: 'tanggal',
  kim: 'kim',
} as const;

/** Attribute holding the thumbnail path; captured with `image[data-gambar-cari]`. */
export const IMAGE_ATTR = 'data-gambar-cari';

/** Width of result thumbnails, in CSS pixels (shown at 6rem; 2× for sharp phone screens). */
export const THUMB_WIDTH = 192;

/** Matches the thumbnail attribute in built HTML: group 1 is the path. */
export const IMAGE_ATTR_PATTERN = new RegExp(`${IMAGE_ATTR}="([^"]*)"`, 'g');

/** What SearchMeta.astro records about one page (its props; SearchBody.astro passes them on). */
export interface SearchMetaProps {
  jenis: ContentTypeName;
  title: string;
  /** A calendar date, or a text already formatted (an agenda's time with its zone). */
  date?: Date | string;
  image?: ImageMetadata;
  /** The category label as visitors read it, e.g. "Pembangunan". */
  kategori?: string;
}
