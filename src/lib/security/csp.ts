/**
 * Every Content-Security-Policy Simpul sends, and the embeds members may use, in one module:
 * the sanitizer's iframe allowlist and the pages' `frame-src` come from the same `EMBEDS`,
 * so one cannot allow a host the other refuses.
 *
 * Sites share an origin on GitHub Pages, and a script injected into one KIM's page could read
 * another KIM's CMS login: no inline script runs anywhere, and the admin page (which holds the
 * token) gets the strictest policy Decap runs under.
 *
 * The deploy helpers send these as HTTP headers where the host allows (nginx, Cloudflare
 * `_headers`); the pages also carry them in a `<meta>` tag, which works everywhere.
 */

/** An embed members may put in an article: an `<iframe>` whose `src` is `origin` + a path matching `path`. */
export interface Embed {
  origin: string;
  /** Tested against the rest of the URL after the origin: path and query. */
  path: RegExp;
}

const YOUTUBE_PATH = /^\/embed\/[\w-]+(\?[\w=&;%-]*)?$/;

/** YouTube videos and maps. */
export const EMBEDS: readonly Embed[] = [
  { origin: 'https://www.youtube-nocookie.com', path: YOUTUBE_PATH },
  { origin: 'https://www.youtube.com', path: YOUTUBE_PATH },
  { origin: 'https://www.google.com', path: /^\/maps\/embed\?[^\s\\]*$/ },
  { origin: 'https://maps.google.com', path: /^\/maps\?[^\s\\]*output=embed[^\s\\]*$/ },
  { origin: 'https://www.openstreetmap.org', path: /^\/export\/embed\.html\?[^\s\\]*$/ },
];

/** Whether an iframe `src` is one of `EMBEDS`. The origin is compared as text, so `user@host` tricks fail. */
export function isAllowedEmbed(src: unknown, embeds: readonly Embed[] = EMBEDS): boolean {
  if (typeof src !== 'string') return false;
  return embeds.some((e) => src.startsWith(`${e.origin}/`) && e.path.test(src.slice(e.origin.length)));
}

/** The `frame-src` sources: exactly the origins of `EMBEDS`. */
export function frameSources(embeds: readonly Embed[] = EMBEDS): string[] {
  return [...new Set(embeds.map((e) => e.origin))];
}

const policy = (directives: [string, ...string[]][]) => directives.map((d) => d.join(' ')).join('; ');

export interface PageCspOptions {
  /** The search page: Pagefind compiles WebAssembly (`'wasm-unsafe-eval'`, not `eval`). */
  search?: boolean;
  /** More `img-src` origins: a forum's search shows its member KIMs' thumbnails. */
  imageOrigins?: readonly string[];
}

/** The policy of a site's public pages. */
export function pageCsp(opts: PageCspOptions = {}): string {
  return policy([
    ['default-src', "'self'"],
    ['img-src', "'self'", 'data:', ...new Set(opts.imageOrigins ?? [])],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['script-src', "'self'", ...(opts.search ? ["'wasm-unsafe-eval'"] : [])],
    ['frame-src', ...frameSources()],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ]);
}

/**
 * The policy of `/admin/`, tried in Chromium against Decap 3.16 (tests/cms/admin-csp.test.ts):
 * - scripts only from files (`'self'`): no inline script, no inline handler. `'unsafe-eval'`
 *   stays: Decap validates its config with ajv, which compiles the schema with `new Function`
 *   (without it Decap stops at "Error loading the CMS configuration", EvalError);
 * - `style-src 'unsafe-inline'`: Decap's CSS-in-JS (emotion) inserts `<style>` elements;
 * - `img-src blob: data:`: previews of a photo before it is uploaded, and Decap's icons;
 * - `connect-src blob:`: Decap reads picked files back from blob URLs (draft backups, uploads);
 * - `connect-src`: the Git host's API and the OAuth proxy (`backendOrigins`), plus `'self'`
 *   for config.yml, the local decap-server and the bundle's chunks;
 * - `frame-src`: the embeds, as in a preview of the article;
 * - no `object-src`, no form posts, no `<base>`, not framed by another site.
 */
export function adminCsp(opts: { backendOrigins?: readonly string[] } = {}): string {
  return policy([
    ['default-src', "'self'"],
    ['script-src', "'self'", "'unsafe-eval'"],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['connect-src', "'self'", 'blob:', ...new Set(opts.backendOrigins ?? [])],
    ['frame-src', "'self'", ...frameSources()],
    ['worker-src', "'self'", 'blob:'],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'none'"],
    ['frame-ancestors', "'self'"],
  ]);
}

/** Directives a `<meta>` policy cannot carry (browsers ignore them there, with a warning). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** `policy` as a `<meta http-equiv>` can state it: the header-only directives left out. */
export function metaCsp(policy: string): string {
  return policy
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d && !HEADER_ONLY.has(d.split(/\s+/)[0]!))
    .join('; ');
}

/**
 * Headers for files a member uploaded and the site publishes as they are (`berkas/*.pdf`):
 * always a download, never rendered as a page of the site's origin, even if a host guessed
 * its type wrong.
 */
export const DOWNLOAD_HEADERS: Readonly<Record<string, string>> = {
  'Content-Disposition': 'attachment',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; sandbox",
};
