/** A sitemaps.org XML sitemap from absolute URLs. */

export interface SitemapUrl {
  loc: string;
  /** `YYYY-MM-DD` or a full W3C datetime. */
  lastmod?: string;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

export function sitemapXml(urls: readonly SitemapUrl[]): string {
  const seen = new Set<string>();
  const items = urls
    .filter((u) => !seen.has(u.loc) && seen.add(u.loc))
    .map((u) => {
      const lastmod = u.lastmod ? `<lastmod>${escapeXml(u.lastmod)}</lastmod>` : '';
      return `<url><loc>${escapeXml(u.loc)}</loc>${lastmod}</url>`;
    });
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...items, '</urlset>', ''].join('\n');
}

/** The newest of some dates as `YYYY-MM-DD`, or undefined when there are none. */
export function latest(dates: readonly (Date | undefined)[]): string | undefined {
  const times = dates.filter((d): d is Date => d instanceof Date && !Number.isNaN(d.getTime())).map((d) => d.getTime());
  return times.length ? new Date(Math.max(...times)).toISOString().slice(0, 10) : undefined;
}
