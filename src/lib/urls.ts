/**
 * Links are built from each site's own base path, never a hard-coded `/`: a site may be
 * served at its domain root or under a subpath of a shared origin.
 */
import type { SiteConfig } from '../schemas/site.ts';

/** The path prefix of the site, `/` or `/kim-x/`. In dev, pages live under `/<slug>/`. */
export function basePath(site: Pick<SiteConfig, 'url' | 'slug'>, dev = false): string {
  if (dev) return `/${site.slug}/`;
  return new URL(site.url).pathname.replace(/\/?$/, '/');
}

/** Joins a site base and a site-relative path (`berita/`, `rss.xml`, ``). */
export function joinPath(base: string, path = ''): string {
  return base + path.replace(/^\/+/, '');
}

/** An absolute URL on the site's own origin, for canonical, sitemap, RSS and Open Graph. */
export function absoluteUrl(site: Pick<SiteConfig, 'url'>, path = ''): string {
  return new URL(path.replace(/^\/+/, ''), site.url).href;
}
