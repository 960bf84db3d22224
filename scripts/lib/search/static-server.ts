/**
 * Kept our own rather than sirv: sirv only serves precompressed .gz files (the weight tests need gzip on the fly and the bytes sent), and serves a folder without its trailing slash instead of redirecting as static hosts do, which breaks relative links.
 *
 * A small static file server on 127.0.0.1 for browser tests and the search benchmark:
 * serves packaged sites each under its own base path (`/` or `/kim-x/`), like a static host,
 * and gzips text the way GitHub Pages, Cloudflare Pages and nginx do.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.ics': 'text/calendar',
  '.yml': 'text/yaml; charset=utf-8',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.xml', '.txt', '.svg', '.ics']);

export interface Mount {
  /** URL path prefix, `/` or `/kim-x/`. */
  base: string;
  /** Folder served there: a packaged `dist/<slug>/`. */
  dir: string;
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>` without a trailing slash. */
  origin: string;
  close(): Promise<void>;
}

function resolveFile(mounts: Mount[], pathname: string): { file: string; status: number } | undefined {
  // Longest base first, so `/kim-x/` wins over `/`.
  const mount = [...mounts].sort((a, b) => b.base.length - a.base.length).find((m) => pathname.startsWith(m.base));
  if (!mount) return undefined;
  const rel = decodeURIComponent(pathname.slice(mount.base.length));
  const file = path.resolve(mount.dir, rel);
  if (!file.startsWith(path.resolve(mount.dir))) return undefined;
  const candidates = rel === '' || rel.endsWith('/') ? [path.join(file, 'index.html')] : [file, path.join(file, 'index.html')];
  const found = candidates.find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
  if (found) return { file: found, status: 200 };
  const notFound = path.join(mount.dir, '404.html');
  return fs.existsSync(notFound) ? { file: notFound, status: 404 } : undefined;
}

/** Bytes of a response's status line and headers, as sent over HTTP/1.1. */
function headerBytes(status: number, headers: http.OutgoingHttpHeaders): number {
  const lines = Object.entries(headers).map(([k, v]) => `${k}: ${String(v)}\r\n`);
  return Buffer.byteLength(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\n${lines.join('')}\r\n`);
}

export interface ServeOptions {
  port?: number;
  /** Called for every response with its URL path and the bytes sent (headers and body). */
  onResponse?: (pathname: string, bytes: number) => void;
}

export function serveSites(mounts: Mount[], opts: ServeOptions = {}): Promise<StaticServer> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const hit = resolveFile(mounts, url.pathname);
    if (!hit) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('tidak ditemukan');
      return;
    }
    // A folder without its trailing slash: redirect, as static hosts do.
    if (hit.status === 200 && path.basename(hit.file) === 'index.html' && !url.pathname.endsWith('/') && !url.pathname.endsWith('.html')) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    const ext = path.extname(hit.file);
    const headers: http.OutgoingHttpHeaders = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    let body = fs.readFileSync(hit.file);
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = zlib.gzipSync(body, { level: 6 });
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    headers['content-length'] = body.length;
    opts.onResponse?.(url.pathname, headerBytes(hit.status, headers) + (req.method === 'HEAD' ? 0 : body.length));
    res.writeHead(hit.status, headers).end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      const { port: p } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${p}`,
        close: () =>
          new Promise((r) => {
            server.closeAllConnections();
            server.close(() => r());
          }),
      });
    });
  });
}
