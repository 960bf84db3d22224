/**
 * A link checker for packaged sites: every URL in every HTML page that points into the site
 * (a path, or an absolute URL on the site's own origin and base) must resolve to a file
 * inside that site's folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { listFiles } from './data-root.ts';

export interface BrokenLink {
  page: string;
  url: string;
  reason: string;
}

const ATTR = /\s(?:href|src|srcset|action|poster)\s*=\s*"([^"]*)"/gi;
const META_URL = /<meta\s+(?:property|name)="(?:og:image|og:url|twitter:image)"\s+content="([^"]*)"/gi;

/** Every URL a page's markup points at: attributes, srcset entries and share-preview meta tags. */
export function urlsIn(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(ATTR)) {
    const value = m[1]!.replaceAll('&amp;', '&');
    // srcset: "a.webp 360w, b.webp 720w"
    if (/\s\d+(\.\d+)?[wx](,|$)/.test(value)) out.push(...value.split(',').map((s) => s.trim().split(/\s+/)[0]!));
    else out.push(value);
  }
  for (const m of html.matchAll(META_URL)) out.push(m[1]!.replaceAll('&amp;', '&'));
  return out;
}

/** Another packaged site this one may link to (a forum's members), checked in its own folder. */
export interface LinkedSite {
  url: string;
  dir: string;
}

/**
 * Checks one packaged site folder served at `siteUrl` (e.g. https://x.github.io/kim-a/).
 * Links into a `linked` site (on any origin) must resolve in that site's folder; any other
 * link on the site's own origin but outside its base is broken.
 */
export function checkSiteLinks(siteDir: string, siteUrl: string, opts: { linked?: LinkedSite[]; skipPage?: (page: string) => boolean } = {}): BrokenLink[] {
  const linked = opts.linked ?? [];
  const origin = new URL(siteUrl).origin;
  const base = new URL(siteUrl).pathname;
  // Longest URL first, so `https://x.github.io/kim-a/` wins over `https://x.github.io/`.
  const targets = [{ url: siteUrl, dir: siteDir }, ...linked].sort((a, b) => b.url.length - a.url.length);
  const broken: BrokenLink[] = [];
  const pages = listFiles(siteDir).filter((f) => f.endsWith('.html') && !opts.skipPage?.(f));
  for (const page of pages) {
    const pageUrl = new URL(page.replace(/index\.html$/, ''), siteUrl);
    // Client-side templates (search results, also as `<script type="text/…-template">`) hold placeholders, not links.
    const html = fs
      .readFileSync(path.join(siteDir, page), 'utf8')
      .replace(/<template[\s\S]*?<\/template>/gi, '')
      .replace(/<script[^>]*\stype="text\/[\w-]*template"[^>]*>[\s\S]*?<\/script>/gi, '');
    for (const raw of urlsIn(html)) {
      if (!raw || raw.startsWith('#') || /^(mailto|tel|data|javascript):/i.test(raw)) continue;
      let url: URL;
      try {
        url = new URL(raw, pageUrl);
      } catch {
        continue; // not a URL (e.g. a meta content text)
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
      const target = targets.find((t) => `${url.origin}${url.pathname}`.startsWith(t.url));
      if (!target) {
        if (url.origin === origin) broken.push({ page, url: raw, reason: `di luar base ${base}` });
        continue;
      }
      let rel = decodeURIComponent(url.pathname.slice(new URL(target.url).pathname.length));
      if (rel === '' || rel.endsWith('/')) rel += 'index.html';
      const file = path.join(target.dir, rel);
      const where = target.dir === siteDir ? '' : ` di ${path.basename(target.dir)}`;
      if (!fs.existsSync(file)) broken.push({ page, url: raw, reason: `berkas ${rel}${where} tidak ada` });
    }
  }
  return broken;
}
