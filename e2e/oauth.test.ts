/**
 * Login with GitHub through the Worker, in real Chromium with the real Decap bundle: the
 * admin page's "Masuk dengan akun GitHub" opens the Worker's popup (workerd via miniflare),
 * which goes through a stand-in for GitHub on 127.0.0.1 and hands the token back with
 * Decap's postMessage handshake. Decap then calls the (stand-in) GitHub API with that token.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { launchChromium } from '../scripts/lib/chromium.ts';
import { serveSites, type StaticServer } from '../scripts/lib/search/static-server.ts';
import { adminPolicy } from '../scripts/lib/cms/admin.ts';
import { writeAdmin, writeSharedBundles } from '../scripts/lib/cms/index.ts';
import { metaCsp } from '../src/lib/security/csp.ts';
import { COMPATIBILITY_DATE, WORKER_FILE } from '../scripts/lib/oauth/config.ts';
import { siteSchema } from '../src/schemas/index.ts';

const TOKEN = 'gho_tokenDariTiruanGithub';
const listen = (server: http.Server) =>
  new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));

describe('GitHub login through the Worker, in Chromium with Decap', () => {
  let tmp: string;
  let browser: Browser;
  let mf: Miniflare;
  let siteServer: StaticServer | undefined;
  let github: http.Server;
  let siteUrl: string;
  const apiAuth: string[] = [];
  /** When set, the stand-in GitHub answers the authorize step with this error. */
  let authorizeError: string | undefined;

  beforeAll(async () => {
    // Stand-in GitHub: authorize approves at once, the token endpoint answers, the API records.
    github = http.createServer((req, res) => {
      const url = new URL(req.url!, 'http://x');
      if (url.pathname === '/login/oauth/authorize') {
        const back = new URL(url.searchParams.get('redirect_uri')!);
        const state = url.searchParams.get('state')!;
        back.search = new URLSearchParams(authorizeError ? { error: authorizeError, state } : { code: 'kode-baik', state }).toString();
        res.writeHead(302, { location: back.toString() }).end();
        return;
      }
      if (url.pathname === '/login/oauth/access_token') {
        req.resume();
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ access_token: TOKEN, token_type: 'bearer', scope: 'repo' }));
        return;
      }
      const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'authorization, content-type' };
      if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
      if (url.pathname.startsWith('/api/')) apiAuth.push(`${url.pathname} ${req.headers.authorization ?? ''}`);
      res.writeHead(url.pathname === '/api/user' ? 200 : 404, { ...cors, 'content-type': 'application/json' });
      res.end(url.pathname === '/api/user' ? JSON.stringify({ login: 'anggota-kim', name: 'Anggota KIM', avatar_url: '' }) : '{}');
    });
    const githubUrl = await listen(github);

    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-oauth-e2e-'));
    const web = path.join(tmp, 'web');
    siteServer = await serveSites([{ base: '/', dir: web }]);
    siteUrl = siteServer.origin;

    const bundled = await build({ entryPoints: [WORKER_FILE], bundle: true, write: false, format: 'esm', platform: 'neutral' });
    mf = new Miniflare({
      modules: true,
      script: bundled.outputFiles[0]!.text,
      compatibilityDate: COMPATIBILITY_DATE,
      host: '127.0.0.1',
      port: 0,
      bindings: {
        GITHUB_CLIENT_ID: 'Iv1.uji',
        GITHUB_CLIENT_SECRET: 'rahasia-uji',
        ALLOWED_ORIGINS: siteUrl,
        GITHUB_AUTHORIZE_URL: `${githubUrl}/login/oauth/authorize`,
        GITHUB_TOKEN_URL: `${githubUrl}/login/oauth/access_token`,
      },
    });
    const proxy = (await mf.ready).origin;

    // The admin page as the build writes it, served at the allowed origin; its config points
    // at the Worker and at the stand-in API.
    const kim = siteSchema().parse({
      slug: 'kim-satu',
      nama: 'KIM Satu',
      jenis: 'desa',
      wilayah: { kecamatan: 'K', kabupaten: 'Kab', provinsi: 'P' },
      url: 'https://kim-satu.desa.id/',
      cms: { backend: 'github', repo: 'dinas/kim', base_url: 'https://oauth.dinas.example/' },
    });
    await writeAdmin({ siteDir: web, distDir: tmp, site: kim, root: path.resolve('tests/fixtures/dua-situs') });
    await writeSharedBundles({ distDir: path.join(tmp, 'bundle'), sites: [kim] });
    fs.cpSync(path.join(tmp, 'bundle', 'kim-satu', 'admin', 'decap'), path.join(web, 'admin', 'decap'), { recursive: true });
    const configFile = path.join(web, 'admin', 'config.yml');
    const config = parse(fs.readFileSync(configFile, 'utf8'));
    config.backend = { ...config.backend, base_url: proxy, api_root: `${githubUrl}/api` };
    fs.writeFileSync(configFile, stringify(config));
    // The page's CSP follows its config, as the build writes it: let it reach the stand-in API.
    const indexFile = path.join(web, 'admin', 'index.html');
    const csp = metaCsp(adminPolicy(config)).replaceAll('&', '&amp;').replaceAll("'", '&#39;').replaceAll('"', '&quot;');
    fs.writeFileSync(indexFile, fs.readFileSync(indexFile, 'utf8').replace(/(http-equiv="Content-Security-Policy" content=")[^"]*"/, `$1${csp}"`));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await mf?.dispose();
    await siteServer?.close();
    github?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('"Masuk dengan akun GitHub" ends with Decap holding the token', async () => {
    const context = await browser.newContext();
    await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${siteUrl}/admin/`);
    const [popup] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Masuk dengan akun GitHub' }).click()]);
    const closed = await popup.waitForEvent('close', { timeout: 30_000 }).then(
      () => true,
      () => false,
    );
    if (!closed)
      throw new Error(
        `the popup stayed open at ${popup.url()}: ${await popup
          .locator('body')
          .innerText()
          .catch(() => '?')}`,
      );
    await expect.poll(() => apiAuth.find((a) => a.startsWith('/api/user ')), { timeout: 30_000 }).toBe(`/api/user token ${TOKEN}`);
    await context.close();
  });

  it('a member who cancels at GitHub reads why on the login screen, in Indonesian', async () => {
    authorizeError = 'access_denied';
    const context = await browser.newContext();
    await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${siteUrl}/admin/`);
    const [popup] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Masuk dengan akun GitHub' }).click()]);
    await popup.waitForEvent('close', { timeout: 30_000 });
    await page.getByText('Login dibatalkan di GitHub.', { exact: false }).waitFor({ timeout: 30_000 });
    await context.close();
    authorizeError = undefined;
  });
});
