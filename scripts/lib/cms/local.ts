/**
 * Local editing (`npm run cms`): for training workshops and working offline.
 *
 * - decap-server (MODE=fs) with `content/<slug>/` as its whole repository: the CMS reads and
 *   writes only that folder, and decap-server refuses paths outside it;
 * - a small static server for `/admin/` (config generated for this mode, bundle served
 *   straight from node_modules);
 * - optionally the site's dev server (`scripts/dev.ts`), so a saved edit shows after reload;
 * - photos uploaded during the session are capped (media:optimize) shortly after upload;
 *   pictures already in the folder are left as they are (the demo's "straight from the
 *   phone" photos are committed that way on purpose, and a session must not dirty the tree).
 * Everything listens on 127.0.0.1 only: decap-server has no login.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parse } from 'yaml';
import { siteSchema, type SiteConfig } from '../../../src/schemas/index.ts';
import { projectRoot } from '../paths.ts';
import { renderAdmin } from './admin.ts';
import { bundleFiles, DECAP_DIST } from './bundle.ts';
import { MEDIA_DIR } from './config.ts';
import { describe, fileStamp, listImages, optimizeTree } from './media-optimize.ts';

export const HOST = '127.0.0.1';
const DECAP_SERVER = path.join(projectRoot, 'node_modules/decap-server/dist/index.js');
const DEV_SCRIPT = path.join(projectRoot, 'scripts/dev.ts');

export interface LocalCmsOptions {
  /** Data root holding sites/ and content/. */
  root: string;
  slug: string;
  adminPort: number;
  apiPort: number;
  /** Port of the site's dev server; `false` runs without it. */
  devPort: number | false;
  log?: (line: string) => void;
  /** Milliseconds of quiet after an upload before photos are capped. */
  optimizeDelay?: number;
}

export interface LocalCms {
  adminUrl: string;
  siteUrl: string | null;
  site: SiteConfig;
  /** Caps photos now (also done on stop). */
  optimize(): Promise<void>;
  stop(): Promise<void>;
}

export function readSite(root: string, slug: string): SiteConfig {
  const file = path.join(root, 'sites', slug, 'site.yaml');
  if (!fs.existsSync(file)) {
    const dir = path.join(root, 'sites');
    const known = fs.existsSync(dir)
      ? fs
          .readdirSync(dir)
          .filter((d) => !d.startsWith('.'))
          .sort()
      : [];
    throw new Error(`Situs "${slug}" tidak ditemukan di sites/. Situs yang ada: ${known.join(', ') || '(belum ada)'}`);
  }
  const parsed = siteSchema().safeParse(parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new Error(`sites/${slug}/site.yaml tidak valid — ${first.path.join('.')}: ${first.message}`);
  }
  return parsed.data;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

function startAdminServer(opts: { port: number; render: () => Promise<Record<string, string>> }): Promise<http.Server> {
  const bundle = new Set(bundleFiles());
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', `http://${HOST}`);
    const p = decodeURIComponent(url.pathname);
    const send = (status: number, body: string | Buffer, type = TYPES['.txt']!) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (p === '/' || p === '/admin') {
      res.writeHead(302, { location: '/admin/' });
      return res.end();
    }
    if (p.startsWith('/admin/decap/')) {
      const name = p.slice('/admin/decap/'.length);
      if (!bundle.has(name)) return send(404, 'Tidak ditemukan');
      res.writeHead(200, { 'content-type': TYPES[path.extname(name)] ?? 'application/octet-stream', 'cache-control': 'max-age=3600' });
      return void fs.createReadStream(path.join(DECAP_DIST, name)).pipe(res);
    }
    const name = p === '/admin/' ? 'index.html' : p.replace(/^\/admin\//, '');
    const files = await opts.render();
    const body = files[name];
    if (body === undefined) return send(404, 'Tidak ditemukan');
    send(200, body, TYPES[path.extname(name)]);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, HOST, () => resolve(server));
  });
}

async function waitFor(check: () => Promise<boolean>, what: string, child: ChildProcess, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${what} berhenti (kode ${child.exitCode})`);
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} tidak merespons dalam ${timeoutMs / 1000} detik`);
}

function stopChild(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export async function startLocalCms(opts: LocalCmsOptions): Promise<LocalCms> {
  const log = opts.log ?? ((l: string) => console.log(l));
  const root = path.resolve(opts.root);
  const site = readSite(root, opts.slug);
  const contentDir = path.join(root, 'content', opts.slug);
  if (!fs.existsSync(contentDir)) throw new Error(`Folder isi content/${opts.slug}/ tidak ada`);
  const realContent = fs.realpathSync(contentDir);
  await fs.promises.mkdir(path.join(contentDir, MEDIA_DIR), { recursive: true });
  // What was there before the session: only pictures added or rewritten since are capped.
  const existing = new Map(listImages(realContent).map((f) => [f, fileStamp(f)]));
  const uploaded = (file: string) => existing.get(file) !== fileStamp(file);

  const proxyUrl = `http://${HOST}:${opts.apiPort}/api/v1`;
  const siteUrl = opts.devPort === false ? null : `http://${HOST}:${opts.devPort}/${opts.slug}/`;
  const children: ChildProcess[] = [];
  let server: http.Server | null = null;
  let watcher: fs.FSWatcher | null = null;
  let timer: NodeJS.Timeout | null = null;
  let optimizing: Promise<void> = Promise.resolve();

  const optimize = (): Promise<void> => {
    optimizing = optimizing.then(async () => {
      try {
        for (const r of await optimizeTree(realContent, { only: uploaded })) log(`Foto diproses: ${describe(r, realContent)}`);
      } catch (err) {
        log(`Peringatan: ${(err as Error).message}`);
      }
    });
    return optimizing;
  };

  const stop = async () => {
    if (timer) clearTimeout(timer);
    watcher?.close();
    await optimize();
    await Promise.all(children.map(stopChild));
    if (server) await new Promise<void>((r) => server!.close(() => r()));
    server?.closeAllConnections();
  };

  try {
    const api = spawn(process.execPath, [DECAP_SERVER], {
      cwd: realContent,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        PORT: String(opts.apiPort),
        BIND_HOST: HOST,
        MODE: 'fs',
        GIT_REPO_DIRECTORY: realContent,
        LOG_LEVEL: 'warn',
      },
    });
    children.push(api);
    api.stdout!.on('data', (d) => process.env.SIMPUL_CMS_DEBUG && log(String(d).trim()));
    api.stderr!.on('data', (d) => log(`decap-server: ${String(d).trim()}`));
    await waitFor(
      async () => {
        const res = await fetch(proxyUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' });
        return res.ok;
      },
      'decap-server',
      api,
    );

    const mode = { kind: 'local' as const, proxyUrl, siteUrl: siteUrl ?? site.url };
    server = await startAdminServer({
      port: opts.adminPort,
      // Rendered per request: colours changed in Pengaturan show in previews after reload.
      render: async () => ({ ...(await renderAdmin({ site, root, bundleUrl: 'decap/decap-cms.js', mode })) }),
    });

    if (opts.devPort !== false) {
      const dev = spawn(process.execPath, [DEV_SCRIPT, '--site', opts.slug, '--root', root, '--port', String(opts.devPort)], {
        cwd: projectRoot,
        stdio: 'inherit',
        env: process.env,
      });
      children.push(dev);
    }

    // Uploads arrive as whole files from decap-server; wait for a quiet moment, then cap them.
    watcher = fs.watch(realContent, { recursive: true }, (_event, file) => {
      if (!file || path.basename(String(file)).startsWith('.')) return;
      if (!/\.(jpe?g|png|webp)$/i.test(String(file))) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void optimize(), opts.optimizeDelay ?? 1500);
    });
  } catch (err) {
    await stop();
    throw err;
  }

  return { adminUrl: `http://${HOST}:${opts.adminPort}/admin/`, siteUrl, site, optimize, stop };
}
