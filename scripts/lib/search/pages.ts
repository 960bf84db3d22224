/**
 * The pages of one packaged site that go into its search index: every HTML file that marks
 * its main content with `data-pagefind-body`. Lists, the beranda, 404 and `cari/` carry no
 * such mark and are left out here, explicitly, rather than by Pagefind's own rule (which
 * would index every page of a site where no page is marked).
 *
 * Pagefind only reads the marked element, so each page is cut down to it before indexing:
 * a theme page is ~25 KB (inline CSS, icons, JSON-LD, menu), its article ~4 KB, and parsing
 * less is most of what keeps the whole fleet's indexing within seconds. The contract for
 * page markup is therefore: all search metadata and filters sit inside that element.
 */
import fs from 'node:fs';
import path from 'node:path';
import { walkFiles } from '../walk.ts';

export interface SitePage {
  /** Path relative to the site folder, with forward slashes: `berita/x/` (index.html dropped). */
  rel: string;
  /** A minimal document holding only the page's `data-pagefind-body` element. */
  html: string;
}

/** Folders of a packaged site that never hold content pages. */
const SKIP_DIRS = new Set(['_astro', 'pagefind', 'admin']);
const BODY_OPEN = /<([a-zA-Z][\w-]*)\b[^>]*?\sdata-pagefind-body(?=[\s=/>])[^>]*>/;

/** `berita/x/index.html` → `berita/x/`; `index.html` → ``; `a.html` stays. */
export function pageRel(file: string): string {
  const rel = file.split(path.sep).join('/');
  if (rel === 'index.html') return '';
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

/** Where the `data-pagefind-body` element of a page starts and ends, or undefined without one. */
export function bodyRange(html: string): { start: number; end: number } | undefined {
  const open = BODY_OPEN.exec(html);
  if (!open) return undefined;
  const tag = open[1]!;
  const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  tags.lastIndex = open.index + open[0].length;
  let depth = 1;
  let end = html.length;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) {
      end = m.index + m[0].length;
      break;
    }
  }
  return { start: open.index, end };
}

/**
 * The `data-pagefind-body` element of a page as a small document of its own, or undefined
 * when the page has none. Nested elements of the same tag are matched by depth.
 */
export function searchDocument(html: string): string | undefined {
  const r = bodyRange(html);
  if (!r) return undefined;
  return `<!doctype html><html lang="id"><body>${html.slice(r.start, r.end)}</body></html>`;
}

/** Inserts `extra` at the end of the page's `data-pagefind-body` element, inside it. */
export function appendToBody(html: string, extra: string): string {
  const r = bodyRange(html);
  if (!r) return html;
  const close = html.lastIndexOf('</', r.end - 1);
  return html.slice(0, close) + extra + html.slice(close);
}

/** The indexable pages of a packaged site folder, sorted by path. */
export function readSitePages(dir: string): SitePage[] {
  if (!fs.existsSync(dir)) return [];
  const files = walkFiles(dir, { skipHidden: true, enterDir: (d) => !SKIP_DIRS.has(d), filter: (f) => f.endsWith('.html') && f !== '404.html' });
  return files.flatMap((file) => {
    const html = searchDocument(fs.readFileSync(path.join(dir, file), 'utf8'));
    return html === undefined ? [] : [{ rel: pageRel(file), html }];
  });
}
