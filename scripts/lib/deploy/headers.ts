/**
 * HTTP headers the hosts send: the Content-Security-Policy and caching.
 *
 * The pages carry their own policy in a `<meta>` tag (src/lib/seo.ts). A header policy is
 * enforced on top of it (a browser applies both), so the site header must allow everything
 * any page's meta allows: the search page's WebAssembly and, on a forum, its members'
 * images. The header adds what a meta tag cannot: `frame-ancestors`.
 * NOTE: the `security` helper is moving every CSP value into one module; switch these
 * imports to it once it is on main.
 */
import { CONTENT_SECURITY_POLICY } from '../../../src/lib/seo.ts';
import { cariCsp } from '../../../src/components/search/csp.ts';

/** The policy for every theme page of a site (`imageOrigins`: a forum's members). */
export function siteCsp(imageOrigins: string[] = []): string {
  return `${cariCsp(imageOrigins, CONTENT_SECURITY_POLICY)}; frame-ancestors 'self'; object-src 'none'`;
}

/**
 * The CMS page: no embedding at all (a framed login invites clickjacking), no plugins, no
 * frames. Decap talks to the Git host's API and the OAuth proxy (any https origin, as the
 * district chooses them), shows uploads as blob:/data: images, styles itself inline and
 * compiles its two WebAssembly modules. Decap validates its config with ajv, which compiles
 * validators with `new Function`: without 'unsafe-eval' the page stops before the login.
 */
export const ADMIN_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  // decap-server on the operator's own computer, for a `local` site opened from its live admin page.
  "connect-src 'self' https: http://127.0.0.1:8081 http://localhost:8081",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/** Decap's file names carry no content hash, so a new Decap version must reach browsers within a week. */
export const CACHE_DECAP = 'public, max-age=604800';
export const CACHE_HTML = 'public, max-age=300, must-revalidate';

/** Path patterns (below a site's base) whose file names change whenever their content does. */
export const HASHED_DIRS = ['_astro/', 'pagefind/fragment/', 'pagefind/index/', 'pagefind/filter/'];

/** Cloudflare Pages `_headers` for a site at the root of its project. */
export function cloudflareHeaders(imageOrigins: string[] = []): string {
  const rules = [
    ['/*', [`Content-Security-Policy: ${siteCsp(imageOrigins)}`, 'X-Content-Type-Options: nosniff']],
    // `!` detaches the site policy, so the admin page gets only the stricter one.
    ['/admin/*', ['! Content-Security-Policy', `Content-Security-Policy: ${ADMIN_CSP}`]],
    ['/admin/decap/*', [`Cache-Control: ${CACHE_DECAP}`]],
    ...HASHED_DIRS.map((d) => [`/${d}*`, [`Cache-Control: ${CACHE_IMMUTABLE}`]] as const),
  ] as const;
  return rules.map(([p, hs]) => `${p}\n${hs.map((h) => `  ${h}`).join('\n')}`).join('\n') + '\n';
}
