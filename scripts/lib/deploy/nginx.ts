/**
 * The nginx config of the folder target: server blocks to `include` inside `http { }`.
 * One server per host (a shared origin or a KIM's own domain), one location per site
 * subpath, long immutable caching for hashed files, short caching for pages, gzip (and
 * Brotli only when the module is loaded), each site's own 404.html, and the CSP header:
 * the sites' policy on pages, a stricter one on admin/, uploaded documents as downloads.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ADMIN_CSP, adminHeaderCsp, CACHE_DECAP, CACHE_HTML, CACHE_IMMUTABLE, DOWNLOAD_DIR, DOWNLOAD_HEADERS, HASHED_DIRS, siteCsp } from './headers.ts';
import { SHARED_DIR } from '../cms/bundle.ts';
import type { DeploySite, Unit } from './units.ts';

export interface NginxOptions {
  /** `listen` value: `80`, `127.0.0.1:8080`. */
  listen: string;
  /** Folder of the folder target; each unit is served from `<liveDir>/<unit>/current`. */
  liveDir: string;
  brotli: boolean;
  /** Member origins per forum slug, for its image policy. */
  imageOrigins?: Record<string, string[]>;
}

const COMPRESSIBLE =
  'text/css application/javascript text/javascript application/json application/xml text/xml application/rss+xml image/svg+xml text/plain application/wasm';

/** True when this machine's nginx loads the Brotli filter module. */
export function detectBrotli(): boolean {
  try {
    if (fs.readdirSync('/etc/nginx/modules-enabled').some((f) => f.includes('brotli'))) return true;
  } catch {
    // No Debian module folder.
  }
  try {
    return /brotli/.test(execFileSync('nginx', ['-V'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
  } catch {
    return false;
  }
}

/** nginx string literal; CSP values contain `'` and `;`. */
const q = (s: string) => `"${s.replace(/["\\]/g, '\\$&')}"`;

function headers(csp: string, cache: string): string[] {
  // `always`: the 404 page needs its policy too. Every location repeats all its headers,
  // because one add_header in a location drops the server's.
  return [
    `add_header Content-Security-Policy ${q(csp)} always;`,
    'add_header X-Content-Type-Options nosniff always;',
    `add_header Cache-Control ${q(cache)} always;`,
  ];
}

/** An uploaded document: the download headers instead of the page ones. */
function downloadHeaders(): string[] {
  return [...Object.entries(DOWNLOAD_HEADERS).map(([k, v]) => `add_header ${k} ${q(v)} always;`), `add_header Cache-Control ${q(CACHE_HTML)} always;`];
}

function block(head: string, lines: string[], indent = '    '): string {
  return `${indent}${head} {\n${lines.map((l) => `${indent}    ${l}`).join('\n')}\n${indent}}`;
}

function siteLocations(s: DeploySite, prefix: string, csp: string, rootAdminDecap: boolean): string[] {
  const out = [block(`location ${prefix}`, [...headers(csp, CACHE_HTML), `error_page 404 ${prefix}404.html;`, 'try_files $uri $uri/ =404;'])];
  for (const d of HASHED_DIRS) out.push(block(`location ${prefix}${d}`, headers(csp, CACHE_IMMUTABLE)));
  out.push(block(`location ${prefix}${DOWNLOAD_DIR}`, downloadHeaders()));
  const admin = adminHeaderCsp(s.backendOrigins);
  // Debian's mime.types has no YAML; Decap refuses a config.yml served as octet-stream.
  out.push(block(`location ${prefix}admin/`, [...headers(admin, 'no-cache'), 'default_type text/yaml;']));
  if (rootAdminDecap) out.push(block(`location ${prefix}admin/decap/`, headers(admin, CACHE_DECAP)));
  return out;
}

export function serverBlock(u: Unit, o: NginxOptions): string {
  const url = new URL(u.rootUrl);
  const root = path.join(o.liveDir, u.name, 'current');
  const lines: string[] = [
    `listen ${o.listen};`,
    `server_name ${url.hostname};`,
    `root ${root};`,
    'index index.html;',
    'charset utf-8;',
    // Redirects (`/kim-a` → `/kim-a/`) keep the host and port the visitor used.
    'absolute_redirect off;',
    'gzip on;',
    'gzip_vary on;',
    'gzip_min_length 256;',
    `gzip_types ${COMPRESSIBLE};`,
  ];
  if (o.brotli) lines.push('brotli on;', `brotli_types ${COMPRESSIBLE};`);
  const live = u.sites;
  const body: string[] = [];
  if (u.shared) {
    const base = url.pathname;
    const anyCsp = siteCsp();
    body.push(block(`location ${base}`, [...headers(anyCsp, CACHE_HTML), `error_page 404 ${base}404.html;`, 'try_files $uri $uri/ =404;']));
    body.push(block(`location ${base}${SHARED_DIR}/`, headers(ADMIN_CSP, CACHE_DECAP)));
    for (const s of live) body.push(...siteLocations(s, s.base, siteCsp(o.imageOrigins?.[s.slug] ?? []), false));
  } else {
    const s = live[0]!;
    body.push(...siteLocations(s, '/', siteCsp(o.imageOrigins?.[s.slug] ?? []), true));
  }
  return `# ${u.name} (${u.rootUrl}): ${u.sites.map((s) => s.slug).join(', ')}\nserver {\n${lines.map((l) => `    ${l}`).join('\n')}\n\n${body.join('\n\n')}\n}\n`;
}

export function nginxConfig(units: Unit[], o: NginxOptions): string {
  const head = `# Dibuat oleh npm run deploy (target folder). Jangan diubah dengan tangan: perubahan hilang
# pada deploy berikutnya. Pasang di dalam blok http { } nginx:  include ${path.join(o.liveDir, 'nginx', 'simpul.conf')};
# Brotli: ${o.brotli ? 'aktif (modul ada)' : 'tidak aktif (modul ngx_brotli tidak terpasang); gzip tetap aktif'}.
`;
  return [head, ...units.map((u) => serverBlock(u, o))].join('\n');
}
