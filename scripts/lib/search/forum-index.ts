/**
 * A forum's search spans its member KIMs: one index over the forum's own pages and every
 * member's pages, so the browser loads one index instead of merging many. Member pages get
 * absolute URLs on the member's own site, absolute thumbnails, and a `kim` filter with the
 * KIM's name (the forum's own pages get the forum's name).
 */
import { FILTER, IMAGE_ATTR, IMAGE_ATTR_PATTERN, META } from '../../../src/components/search/meta.ts';
import type { IndexRecord } from './index-site.ts';
import type { SitePage } from './pages.ts';

export function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Adds the `kim` filter and metadata to a page, just before `</body>`. */
export function tagKim(html: string, name: string): string {
  const v = escapeAttr(name);
  const tag = `<span hidden data-pagefind-filter="${FILTER.kim}:${v}" data-pagefind-meta="${META.kim}:${v}"></span>`;
  const end = html.lastIndexOf('</body>');
  return end === -1 ? html + tag : html.slice(0, end) + tag + html.slice(end);
}

/** Resolves the thumbnail path against the page's absolute URL, for display on another site. */
export function absolutizeThumbnail(html: string, pageUrl: string): string {
  return html.replace(IMAGE_ATTR_PATTERN, (_m, src: string) => {
    const abs = new URL(src.replace(/&amp;/g, '&'), pageUrl).href;
    return `${IMAGE_ATTR}="${escapeAttr(abs)}"`;
  });
}

export interface ForumPart {
  /** The KIM's name, the value of its `kim` filter. */
  nama: string;
  pages: SitePage[];
  /** Turns a page's site-relative path into its result URL. */
  url: (rel: string) => string;
  /** Member pages live on another site: their thumbnails need absolute URLs. */
  absolute: boolean;
}

export function forumRecords(parts: ForumPart[]): IndexRecord[] {
  return parts.flatMap((part) =>
    part.pages.map((p) => {
      const url = part.url(p.rel);
      const html = part.absolute ? absolutizeThumbnail(p.html, url) : p.html;
      return { url, html: tagKim(html, part.nama) };
    }),
  );
}
