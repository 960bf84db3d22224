/**
 * `npm run deploy -- --target folder` against a real nginx (Debian package) on 127.0.0.1:
 * the demo fleet deployed, `nginx -t`, nginx started on the generated config, then every
 * KIM browsed in headless Chromium (host names mapped to 127.0.0.1) and its headers checked.
 */
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../tests/helpers/browser.ts';
import { runScriptAsync } from '../tests/helpers/data-root.ts';
import { deployRoot } from '../tests/helpers/deploy-root.ts';
import { fleetSites, htmlPages, type FleetSite } from '../tests/helpers/fleet.ts';
import { freePort } from '../tests/helpers/net.ts';
import { startNginx, type RunningNginx } from '../tests/helpers/nginx.ts';

let root: string;
let live: string;
let port: number;
let nginx: RunningNginx;
let browser: Browser;
let sites: FleetSite[];

/** Each site's URL before deployRoot renamed its host. */
const productionUrl = new Map(fleetSites(inject('demoRoot')).map((s) => [s.slug, s.url]));

beforeAll(async () => {
  root = deployRoot(inject('demoRoot'), inject('demoDist'), { target: 'folder' });
  live = path.join(root, 'live');
  port = await freePort();
  const res = await runScriptAsync('deploy', ['--root', root, '--target', 'folder', '--out', live, '--listen', `127.0.0.1:${port}`]);
  expect(res.code, res.stdout + res.stderr).toBe(0);
  nginx = await startNginx(fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-nginx-')), path.join(live, 'nginx', 'simpul.conf'), port);
  browser = await launchChromium(['--host-resolver-rules=MAP *.localhost 127.0.0.1']);
  sites = fleetSites(root);
});

afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

const urlOf = (s: FleetSite, p = '') => `http://${new URL(s.url).hostname}:${port}${s.base}${p}`;

interface Got {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One request to nginx with the site's Host header. */
function get(s: FleetSite, p: string, headers: Record<string, string> = {}): Promise<Got> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: `${s.base}${p}`, headers: { Host: new URL(s.url).hostname, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        let buf = Buffer.concat(chunks);
        if (res.headers['content-encoding'] === 'gzip') buf = zlib.gunzipSync(buf);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: buf.toString('utf8') });
      });
    });
    req.on('error', reject);
  });
}

interface Opened {
  page: Page;
  errors: string[];
  failed: string[];
}

async function open(url: string): Promise<Opened> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  const failed: string[] = [];
  // Chromium's own favicon probe at the origin root (admin/index.html names no icon) is the
  // browser's request, not the page's; every request the page makes is still checked.
  page.on('console', (m) => m.type() === 'error' && !m.location().url.endsWith('/favicon.ico') && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => r.status() >= 400 && failed.push(`${r.url()} ${r.status()}`));
  await page.goto(url);
  return { page, errors, failed };
}

/** A berita page of the site, and a word of its title that the search must find. */
function oneBerita(slug: string): { path: string; word: string } {
  const dir = path.join(live, '..', 'dist', slug);
  const page = htmlPages(dir).find((f) => /^berita\/(?!kategori\/|halaman\/)[^/]+\/index\.html$/.test(f));
  if (!page) throw new Error(`${slug}: tidak ada berita`);
  const h1 = /<h1[^>]*>([^<]+)</.exec(fs.readFileSync(path.join(dir, page), 'utf8'))?.[1] ?? '';
  const word = h1
    .split(/[^A-Za-zÀ-ž]+/)
    .sort((a, b) => b.length - a.length)[0]!
    .toLowerCase();
  return { path: page.replace(/index\.html$/, ''), word };
}

describe('folder target on a real nginx', () => {
  it('every demo KIM: beranda, one berita, search with results and the Decap login, without errors', async () => {
    for (const s of sites) {
      const berita = oneBerita(s.slug);
      for (const p of ['', berita.path]) {
        const o = await open(urlOf(s, p));
        await o.page.waitForLoadState('networkidle');
        expect(await o.page.locator('h1').first().isVisible(), `${s.slug}/${p}`).toBe(true);
        expect(o.errors, `${s.slug}/${p}`).toEqual([]);
        expect(o.failed, `${s.slug}/${p}`).toEqual([]);
        await o.page.context().close();
      }
      const searchPage = await open(urlOf(s, 'cari/'));
      const input = searchPage.page.locator('#cari-halaman');
      await input.pressSequentially(berita.word, { delay: 30 });
      await searchPage.page.locator('pagefind-summary', { hasText: `hasil untuk ${berita.word}` }).waitFor({ timeout: 30_000 });
      await searchPage.page.locator('.hasil .pf-result-link').first().waitFor({ timeout: 30_000 });
      expect(await searchPage.page.locator('.hasil .pf-result-link').count(), `${s.slug} cari ${berita.word}`).toBeGreaterThan(0);
      // The index was built before the hosts were renamed for this test (see deploy-root.ts):
      // a roll-up's thumbnail of a member on the site's own production origin still names that
      // origin, which is 'self' in production but not on the renamed test host.
      const ownOrigin = new URL(productionUrl.get(s.slug)!).origin;
      const errors = searchPage.errors.filter((e) => !(e.includes(`Loading the image '${ownOrigin}/`) && e.includes('img-src')));
      expect(errors, `${s.slug} cari`).toEqual([]);
      expect(
        searchPage.failed.filter((f) => !f.startsWith(`${ownOrigin}/`)),
        `${s.slug} cari`,
      ).toEqual([]);
      await searchPage.page.context().close();

      const admin = await open(urlOf(s, 'admin/'));
      await admin.page
        .getByRole('button', { name: /^Masuk/ })
        .first()
        .waitFor({ timeout: 60_000 });
      expect(admin.errors, `${s.slug} admin`).toEqual([]);
      expect(admin.failed, `${s.slug} admin`).toEqual([]);
      await admin.page.context().close();
    }
  });

  it('sends the CSP, caching and gzip headers, and each site its own 404 page', async () => {
    for (const s of sites) {
      const home = await get(s, '', { 'Accept-Encoding': 'gzip' });
      expect(home.status, s.slug).toBe(200);
      expect(home.headers['content-encoding'], s.slug).toBe('gzip');
      expect(home.headers['content-security-policy'], s.slug).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(home.headers['content-security-policy'], s.slug).toContain("frame-ancestors 'self'");
      expect(home.headers['cache-control'], s.slug).toMatch(/max-age=300\b/);

      const asset = /(?:src|href)="([^"]*\/_astro\/[^"]+)"/.exec(home.body)?.[1];
      expect(asset, `${s.slug}: aset _astro di beranda`).toBeTruthy();
      const a = await get(s, new URL(asset!, urlOf(s)).pathname.slice(s.base.length));
      expect(a.status, asset).toBe(200);
      expect(a.headers['cache-control'], asset).toContain('immutable');

      const admin = await get(s, 'admin/');
      expect(admin.headers['content-security-policy'], `${s.slug} admin`).toContain("frame-ancestors 'none'");
      expect(admin.headers['content-security-policy'], `${s.slug} admin`).not.toContain("frame-ancestors 'self'");

      const missing = await get(s, 'tidak-ada-halaman-ini/');
      expect(missing.status, s.slug).toBe(404);
      expect(missing.body, s.slug).toContain(s.nama);
      expect(missing.headers['content-security-policy'], `${s.slug} 404`).toBeTruthy();
    }
  });

  it('serves the shared origins’ root page, robots.txt and sitemap index', async () => {
    const forum = sites.find((s) => s.slug === 'forum-kim-senduro')!;
    const rootSite = { ...forum, base: '/' };
    const index = await get(rootSite, '');
    expect(index.status).toBe(200);
    for (const m of ['forum-kim-senduro', 'kim-argosari', 'kim-ranupani']) expect(index.body).toContain(`href="/${m}/"`);
    const robots = await get(rootSite, 'robots.txt');
    expect(robots.body).toContain('Sitemap: https://kim-lumajang.localhost/kim-argosari/sitemap.xml');
    const missing = await get(rootSite, 'tidak-ada/');
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('href="/kim-argosari/"');
    expect(missing.body).toContain('<script src="/_simpul/404.js" defer></script>');
    expect((await get(rootSite, '_simpul/404.js')).body).toContain('Kembali ke beranda');
    const sm = await get(rootSite, 'sitemap-index.xml');
    expect(sm.body).toContain('<loc>https://kim-lumajang.localhost/kim-ranupani/sitemap.xml</loc>');
  });
});
