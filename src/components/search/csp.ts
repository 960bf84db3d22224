/**
 * The Content-Security-Policy of the search page: the site's own policy, plus
 * - `'wasm-unsafe-eval'`: Pagefind searches with WebAssembly, which `script-src 'self'`
 *   alone forbids (only WebAssembly compilation is allowed, not `eval`);
 * - on a forum, the member KIMs' origins in `img-src`, for the thumbnails of their pages.
 */
import { CONTENT_SECURITY_POLICY } from '../../lib/seo.ts';

function extend(policy: string, directive: string, sources: string[]): string {
  const parts = policy.split(';').map((p) => p.trim());
  const i = parts.findIndex((p) => p.split(/\s+/)[0] === directive);
  if (i === -1) throw new Error(`CSP tanpa ${directive}: ${policy}`);
  const have = new Set(parts[i]!.split(/\s+/));
  parts[i] = [parts[i], ...sources.filter((s) => !have.has(s))].join(' ');
  return parts.join('; ');
}

export function cariCsp(imageOrigins: string[] = [], policy = CONTENT_SECURITY_POLICY): string {
  const withWasm = extend(policy, 'script-src', ["'wasm-unsafe-eval'"]);
  return imageOrigins.length ? extend(withWasm, 'img-src', [...new Set(imageOrigins)]) : withWasm;
}
