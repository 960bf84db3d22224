/**
 * HTTP headers the hosts send: the Content-Security-Policy and caching. Every policy comes
 * from src/lib/security/csp.ts, the one CSP module; this file only adds what a header can
 * say and a `<meta>` tag cannot.
 *
 * The pages carry their own policy in a `<meta>` tag. A header policy is enforced on top of
 * it (a browser applies both), so the site header must allow everything any page's meta
 * allows: the search page's WebAssembly and, on a forum, its members' images. The header
 * adds `frame-ancestors`, which a meta tag cannot carry.
 */
import { adminCsp, DOWNLOAD_HEADERS, pageCsp } from '../../../src/lib/security/csp.ts';

/** Sets (or adds) one directive of a policy, keeping the others in their order. */
function withDirective(policy: string, name: string, ...sources: string[]): string {
  const directives = policy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);
  const value = [name, ...sources].join(' ');
  const i = directives.findIndex((d) => d.split(/\s+/)[0] === name);
  if (i >= 0) directives[i] = value;
  else directives.push(value);
  return directives.join('; ');
}

/**
 * The policy for every theme page of a site (`imageOrigins`: a forum's members): the search
 * page's policy, the widest any page states, framed only by the site's own origin.
 */
export function siteCsp(imageOrigins: readonly string[] = []): string {
  return withDirective(withDirective(pageCsp({ search: true, imageOrigins }), 'frame-ancestors', "'self'"), 'object-src', "'none'");
}

/**
 * The CMS page's header: the same policy `scripts/lib/cms/admin.ts` puts in the page's meta
 * tag (`adminCsp` with the site's Git host and OAuth origins, `backendOrigins` there:
 * 'unsafe-eval' for Decap's ajv, blob: for uploads), but not framed at all, not even by
 * another page of the same origin (a framed login invites clickjacking, and on a shared
 * origin "self" is every KIM of it). The meta policy leaves `frame-ancestors` out, so the
 * two agree on everything else.
 */
export function adminHeaderCsp(backendOrigins: readonly string[] = []): string {
  return withDirective(adminCsp({ backendOrigins }), 'frame-ancestors', "'none'");
}

/**
 * The admin policy without any backend origin: for the shared Decap bundle's files (a
 * script's own header policy governs nothing), and for a site without a Git backend.
 */
export const ADMIN_CSP = adminHeaderCsp();

export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/** Decap's file names carry no content hash, so a new Decap version must reach browsers within a week. */
export const CACHE_DECAP = 'public, max-age=604800';
export const CACHE_HTML = 'public, max-age=300, must-revalidate';

/** Path patterns (below a site's base) whose file names change whenever their content does. */
export const HASHED_DIRS = ['_astro/', 'pagefind/fragment/', 'pagefind/index/', 'pagefind/filter/'];

/** Below a site's base: documents members uploaded, published as they are (PDFs). */
export const DOWNLOAD_DIR = 'berkas/';

/** The headers of a file in `DOWNLOAD_DIR`: always a download, never a page of the site. */
export { DOWNLOAD_HEADERS };

/**
 * Cloudflare Pages `_headers` for a site at the root of its project (`imageOrigins`: a
 * forum's members; `backendOrigins`: what its admin page talks to, see `adminHeaderCsp`).
 */
export function cloudflareHeaders(imageOrigins: readonly string[] = [], backendOrigins: readonly string[] = []): string {
  const rules: [string, string[]][] = [
    ['/*', [`Content-Security-Policy: ${siteCsp(imageOrigins)}`, 'X-Content-Type-Options: nosniff']],
    // `!` detaches the site policy, so the admin page gets only the stricter one.
    ['/admin/*', ['! Content-Security-Policy', `Content-Security-Policy: ${adminHeaderCsp(backendOrigins)}`]],
    ['/admin/decap/*', [`Cache-Control: ${CACHE_DECAP}`]],
    [`/${DOWNLOAD_DIR}*`, ['! Content-Security-Policy', '! X-Content-Type-Options', ...Object.entries(DOWNLOAD_HEADERS).map(([k, v]) => `${k}: ${v}`)]],
    ...HASHED_DIRS.map((d): [string, string[]] => [`/${d}*`, [`Cache-Control: ${CACHE_IMMUTABLE}`]]),
  ];
  return `${rules.map(([p, hs]) => `${p}\n${hs.map((h) => `  ${h}`).join('\n')}`).join('\n')}\n`;
}
